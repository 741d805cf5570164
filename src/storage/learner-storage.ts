import { clear, createStore, del, delMany, entries, set, setMany, update, type UseStore } from 'idb-keyval';
import { BACKUP_PREFIX, VERSION_KEY, kindOf } from './keys';
import { SCHEMA_VERSION } from './version';
import { isValidRecord, shouldReplace } from './records';
import { canRestore, dropUnsaved, forgetEntries, forgetUnsaved, keepUnsaved, unsavedEntries } from './unsaved-writes';

/**
 * The only module that touches IndexedDB. Everything persisted goes through it: the schema version
 * and migrations, validation on read, read-modify-write in one transaction, and an in-memory
 * fallback so the site keeps working (and says so) when storage is missing, blocked, slow or full.
 */
export const DB_NAME = 'learning-site';
export const STORE_NAME = 'learner';
/** How long to wait for IndexedDB before carrying on in memory. */
export const STORAGE_TIMEOUT_MS = 2000;

/** `saved`: writes reach IndexedDB. `memory`: they do not, and the learner is told. */
export type Persistence = 'saved' | 'memory';
type Entry = [string, unknown];

export interface LearnerSnapshot {
  records: Record<string, unknown>;
  /** Stored values that failed validation and were moved under a backup key. */
  setAside: number;
  /** Values written by a newer version of the site that this one cannot read; they are left untouched. */
  fromNewerVersion: number;
}

export interface LearnerStorage {
  load(): Promise<LearnerSnapshot>;
  /**
   * Read-modify-write of one record. `shown`, when given, is the record this change already produced on screen
   * (and held): if another tab restored that held copy meanwhile, it is not applied a second time.
   */
  update<T>(key: string, change: (old: T | undefined) => T, shown?: T): Promise<T>;
  remove(keys: string[]): Promise<void>;
  /** Every valid learner record, for export. */
  all(): Promise<Entry[]>;
  /** Merges records (newer wins per key) in one transaction; returns the ones written. */
  merge(incoming: Entry[]): Promise<Entry[]>;
  /** Keeps the in-memory copy in step with a change another tab made. */
  remember(key: string, value: unknown): void;
  /**
   * Keeps a synchronous copy of a change about to be written, so leaving the page before the write commits
   * loses nothing (the next load restores it). `base`: when the record it was built on last changed (0 for
   * none), or null if the page has not read stored data. Call `release` once the write is confirmed.
   */
  hold(key: string, value: unknown, base: number | null): { release(): void };
  /** Deletes everything, set-aside backups included (reset everything). */
  clearAll(): Promise<void>;
  persistence(): Persistence;
}

class StorageTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageTimeout(`IndexedDB did not answer within ${ms} ms`)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

function openDefaultStore(): UseStore | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : createStore(DB_NAME, STORE_NAME);
  } catch {
    return undefined; // e.g. a SecurityError when storage is blocked for this site
  }
}

/** Puts each incoming record whose copy is newer, reading and writing in a single transaction. */
function mergeInTransaction(store: UseStore, incoming: Entry[]): Promise<Entry[]> {
  return store('readwrite', (os) => new Promise<Entry[]>((resolve, reject) => {
    const written: Entry[] = [];
    incoming.forEach(([key, value]) => {
      os.get(key).onsuccess = function () {
        if (shouldReplace(key, this.result, value)) { os.put(value, key); written.push([key, value]); }
      };
    });
    os.transaction.oncomplete = () => resolve(written);
    os.transaction.onerror = os.transaction.onabort = () => reject(os.transaction.error);
  }));
}

/**
 * Creates the learner storage. `openStore` is injectable so tests can use a throwaway database;
 * it is called again once when a connection turns out to be closed (a tab that slept).
 */
export function createLearnerStorage(openStore: () => UseStore | undefined = openDefaultStore, timeoutMs = STORAGE_TIMEOUT_MS): LearnerStorage {
  let store = openStore();
  let mode: Persistence = store ? 'saved' : 'memory';
  const memory = new Map<string, unknown>();
  /** Keys with a held change this page has not seen written yet, and how many. */
  const holding = new Map<string, number>();

  /** Runs one IndexedDB operation; retries once on a fresh connection; falls back to memory on failure. */
  async function run<T>(op: (s: UseStore) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    for (let attempt = 0; store && mode === 'saved' && attempt < 2; attempt++) {
      try {
        return { ok: true, value: await withTimeout(op(store), timeoutMs) };
      } catch (error) {
        const closed = error instanceof DOMException && error.name === 'InvalidStateError';
        if (!closed || attempt === 1) break;
        store = openStore();
      }
    }
    mode = 'memory';
    return { ok: false };
  }

  /** Reads everything once: migrates old data, keeps valid records, moves invalid ones to backup keys. */
  async function load(): Promise<LearnerSnapshot> {
    const read = await run((s) => entries<IDBValidKey, unknown>(s));
    const stored: Entry[] = read.ok ? read.value.filter((e): e is Entry => typeof e[0] === 'string') : [...memory];
    const written = stored.find(([k]) => k === VERSION_KEY)?.[1];
    // A version that is not a whole number from 1 up is itself corrupt: read the data as the first version did.
    const version = Number.isInteger(written) && (written as number) >= 1 ? (written as number) : undefined;
    const fromFuture = version !== undefined && version > SCHEMA_VERSION;
    const own = stored.filter(([k]) => kindOf(k));
    // Migrations load only when old data is found, which keeps them off the pages of everyone already up to date.
    const needsMigration = own.length > 0 && version !== SCHEMA_VERSION && !fromFuture;
    const learner = needsMigration ? (await import('./migrations')).migrate(own, version) : own;
    const valid = learner.filter(([k, v]) => isValidRecord(k, v));
    const invalid = learner.filter(([k, v]) => !isValidRecord(k, v));
    const stamp = Date.now();
    // What a newer version wrote stays where it is, for that version; anything else unreadable is set aside.
    if (!fromFuture) for (const [key, value] of invalid) await run((s) => set(`${BACKUP_PREFIX}${stamp}:${key}`, value, s).then(() => del(key, s)));
    // Write migrated data back once, in one transaction; data from a newer version is never rewritten in an older format.
    if (read.ok && !fromFuture && version !== SCHEMA_VERSION) await run((s) => setMany([...valid, [VERSION_KEY, SCHEMA_VERSION]], s));
    const records = Object.fromEntries(valid);
    await recoverUnsaved(records, read.ok);
    for (const [key, value] of Object.entries(records)) memory.set(key, value);
    return { records, setAside: fromFuture ? 0 : invalid.length, fromNewerVersion: fromFuture ? invalid.length : 0 };
  }

  /**
   * Restores changes a page held but never saw written, where they were built on what is stored (canRestore);
   * forgets every held entry once IndexedDB has answered, damaged ones included.
   */
  async function recoverUnsaved(records: Record<string, unknown>, readOk: boolean): Promise<void> {
    // A change this page is writing right now is left to its own write.
    const kept = unsavedEntries().filter(({ key }) => !holding.has(key));
    const restored = kept.flatMap(({ key, held }) =>
      held && isValidRecord(key, held.value) && canRestore(held, records[key]) ? [[key, held.value] as Entry] : []);
    for (const [key, value] of restored) records[key] = value;
    const saved = readOk && (restored.length === 0 || (await run((s) => mergeInTransaction(s, restored))).ok);
    // Without IndexedDB the held copies are the only ones that outlive the page: they stay.
    if (saved) forgetEntries(kept);
  }

  return {
    persistence: () => mode,
    load,
    async update<T>(key: string, change: (old: T | undefined) => T, shown?: T): Promise<T> {
      const current = memory.get(key);
      let result = change(isValidRecord(key, current) ? (current as T) : undefined);
      // Remember it at once, so a second change made while storage is slow builds on this one.
      memory.set(key, result);
      // Another tab that loaded meanwhile may have restored this change from its held copy: then it is done.
      const applied = (old: unknown) => shown !== undefined && JSON.stringify(old) === JSON.stringify(shown);
      // Read-modify-write inside one transaction, so another tab's change to this key is never overwritten.
      await run((s) => update<unknown>(key, (old) => (result = applied(old) ? (old as T) : change(isValidRecord(key, old) ? (old as T) : undefined)), s));
      memory.set(key, result);
      return result;
    },
    hold(key, value, base) {
      keepUnsaved(key, value, base);
      holding.set(key, (holding.get(key) ?? 0) + 1);
      return {
        release() {
          const left = (holding.get(key) ?? 1) - 1;
          if (left > 0) holding.set(key, left);
          else holding.delete(key);
          if (mode === 'saved') forgetUnsaved(key, value); // in memory, the kept copy is the one that survives the page
        },
      };
    },
    async remove(keys) {
      keys.forEach((k) => memory.delete(k));
      dropUnsaved(keys);
      await run((s) => delMany(keys, s));
    },
    async all() {
      const read = await run((s) => entries<IDBValidKey, unknown>(s));
      const stored = read.ok ? (read.value.filter((e) => typeof e[0] === 'string') as Entry[]) : [...memory];
      return stored.filter(([k, v]) => isValidRecord(k, v));
    },
    remember(key, value) {
      if (value === undefined) memory.delete(key);
      else memory.set(key, value);
    },
    async clearAll() {
      memory.clear();
      dropUnsaved();
      await run((s) => clear(s));
    },
    async merge(incoming) {
      const result = await run((s) => mergeInTransaction(s, incoming));
      const written = result.ok ? result.value : incoming.filter(([k, v]) => shouldReplace(k, memory.get(k), v));
      for (const [key, value] of written) memory.set(key, value);
      // An imported record replaces what it was merged over, including a change held on top of the old one.
      dropUnsaved(written.map(([key]) => key));
      return written;
    },
  };
}
