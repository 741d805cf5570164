import { createStore, del, entries, set, update, type UseStore } from 'idb-keyval';
import type { SectionRecord } from '../lib/progress';
import { isCourseRecord, isSectionRecord, type CourseRecord } from './records';

/**
 * The only module that touches IndexedDB. Everything persisted goes through it: key names,
 * the schema version, validation on read, and an in-memory fallback so the site keeps
 * working (and tells the learner) when storage is missing, blocked, slow or full.
 */

export const DB_NAME = 'learning-site';
export const STORE_NAME = 'learner';
export const SCHEMA_VERSION = 1;
/** How long to wait for IndexedDB before carrying on in memory. */
export const STORAGE_TIMEOUT_MS = 2000;

export const sectionKey = (courseId: string, sectionId: string) => `section:${courseId}/${sectionId}`;
export const courseKey = (courseId: string) => `course:${courseId}`;
const VERSION_KEY = 'meta:version';

/** `saved`: writes reach IndexedDB. `memory`: they do not (the learner is told). */
export type Persistence = 'saved' | 'memory';

export interface LearnerSnapshot {
  sections: Record<string, SectionRecord>;
  courses: Record<string, CourseRecord>;
  /** Number of stored values that failed validation and were set aside. */
  setAside: number;
}

export interface LearnerStorage {
  load(): Promise<LearnerSnapshot>;
  updateSection(key: string, change: (old: SectionRecord | undefined) => SectionRecord): Promise<SectionRecord>;
  updateCourse(key: string, change: (old: CourseRecord | undefined) => CourseRecord): Promise<CourseRecord>;
  persistence(): Persistence;
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`IndexedDB did not answer within ${ms} ms`)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

function openDefaultStore(): UseStore | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : createStore(DB_NAME, STORE_NAME);
  } catch {
    return undefined;
  }
}

/**
 * Creates the learner storage. `openStore` is injectable so tests can use a throwaway database;
 * it is called again once when a connection turns out to be closed (a tab that slept).
 */
export function createLearnerStorage(openStore: () => UseStore | undefined = openDefaultStore, timeoutMs = STORAGE_TIMEOUT_MS): LearnerStorage {
  let store = openStore();
  let mode: Persistence = store ? 'saved' : 'memory';
  const memory = new Map<string, unknown>();

  /** Runs one IndexedDB operation; retries once on a fresh connection; falls back to memory on failure. */
  async function run<T>(op: (s: UseStore) => Promise<T>): Promise<T | undefined> {
    for (let attempt = 0; store && attempt < 2; attempt++) {
      try {
        return await withTimeout(op(store), timeoutMs);
      } catch (error) {
        const closed = error instanceof DOMException && error.name === 'InvalidStateError';
        if (!closed || attempt === 1) break;
        store = openStore();
      }
    }
    mode = 'memory';
    return undefined;
  }

  async function change<T>(key: string, valid: (v: unknown) => v is T, fn: (old: T | undefined) => T): Promise<T> {
    let result = fn(valid(memory.get(key)) ? (memory.get(key) as T) : undefined);
    // Read-modify-write inside one transaction, so another tab's change is never overwritten.
    await run((s) => update<unknown>(key, (old) => (result = fn(valid(old) ? old : undefined)), s));
    memory.set(key, result);
    return result;
  }

  return {
    persistence: () => mode,
    async load() {
      const snapshot: LearnerSnapshot = { sections: {}, courses: {}, setAside: 0 };
      const stored = (await run((s) => entries<string, unknown>(s))) ?? [...memory.entries()];
      for (const [key, value] of stored) {
        if (typeof key !== 'string') continue;
        if (key.startsWith('section:') && isSectionRecord(value)) snapshot.sections[key.slice(8)] = value;
        else if (key.startsWith('course:') && isCourseRecord(value)) snapshot.courses[key.slice(7)] = value;
        else if (key.startsWith('section:') || key.startsWith('course:')) {
          snapshot.setAside++;
          await run((s) => set(`backup:${Date.now()}:${key}`, value, s).then(() => del(key, s)));
          continue;
        }
        memory.set(key, value);
      }
      if (mode === 'saved') await run((s) => set(VERSION_KEY, SCHEMA_VERSION, s));
      return snapshot;
    },
    updateSection: (key, fn) => change(key, isSectionRecord, fn),
    updateCourse: (key, fn) => change(key, isCourseRecord, fn),
  };
}
