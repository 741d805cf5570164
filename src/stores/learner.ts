import { atom, map, onMount } from 'nanostores';
import { createLearnerStorage, type LearnerStorage, type Persistence } from '../storage/learner-storage';
import { changedAt, isValidRecord } from '../storage/records';
import { openChangeFeed, type ChangeFeed, type ChangeMessage } from '../storage/sync';
import { unsavedEntries } from '../storage/unsaved-writes';

/** Every learner record, keyed by storage key (see storage/keys.ts). Islands subscribe to the keys they show. */
export const $records = map<Record<string, unknown>>({});
/** `loading` until storage has answered; then whether changes reach IndexedDB. */
export const $persistence = atom<'loading' | Persistence>('loading');
/** Stored values that failed validation on load and were set aside. */
export const $setAside = atom(0);
/** Stored values from a newer version of the site that this version cannot show (left untouched). */
export const $fromNewerVersion = atom(0);

let storage: LearnerStorage | undefined;
let feed: ChangeFeed | undefined;
let loaded: Promise<void> | undefined;
const getStorage = () => (storage ??= createLearnerStorage());

/** Applies another tab's change, unless this tab already holds a newer copy. */
function applyRemote({ put = [], removed = [] }: ChangeMessage): void {
  for (const [key, value] of put) {
    if (!isValidRecord(key, value) || changedAt(value) < changedAt($records.get()[key])) continue;
    $records.setKey(key, value);
    storage?.remember(key, value); // so this tab's next write builds on the other tab's change
  }
  for (const key of removed) {
    $records.setKey(key, undefined);
    storage?.remember(key, undefined);
  }
}

/** Loads stored records once, after first paint; islands render their empty state until then. */
export function loadLearnerData(): Promise<void> {
  // During the build there is no browser storage: pages keep their neutral "loading" state.
  if (typeof window === 'undefined') return Promise.resolve();
  return (loaded ??= getStorage().load().then((snapshot) => {
    // Anything the learner did before storage answered is newer than what was stored.
    $records.set({ ...snapshot.records, ...$records.get() });
    $setAside.set(snapshot.setAside);
    $fromNewerVersion.set(snapshot.fromNewerVersion);
    $persistence.set(getStorage().persistence());
    feed ??= openChangeFeed(applyRemote);
  }, () => {
    // Storage failed in a way nobody foresaw: carry on in memory, and say so, rather than stay "loading".
    $persistence.set('memory');
  }));
}
onMount($records, () => void loadLearnerData());

/** Changes one record: shown at once, saved with read-modify-write, announced to other tabs. */
export async function updateRecord<T>(key: string, change: (old: T | undefined) => T): Promise<T> {
  const before = $records.get()[key];
  const shown = change(before as T | undefined);
  $records.setKey(key, shown);
  // Held synchronously before anything is awaited: the learner may leave the page before IndexedDB commits.
  // What it was built on is known only once stored data has been read (not while loading, nor in memory).
  const held = getStorage().hold(key, shown, $persistence.get() === 'saved' ? changedAt(before) : null);
  await loadLearnerData();
  const stored = await getStorage().update<T>(key, change, shown);
  held.release();
  $records.setKey(key, stored);
  $persistence.set(getStorage().persistence());
  feed?.announce({ put: [[key, stored]] });
  return stored;
}

/** Deletes everything stored, backups included, here and in other tabs. */
export async function removeEverything(): Promise<void> {
  const keys = Object.keys($records.get());
  $records.set({});
  await getStorage().clearAll();
  $persistence.set(getStorage().persistence());
  feed?.announce({ removed: keys });
}

/** Deletes records (a reset) here, in storage and in other tabs. */
export async function removeRecords(keys: string[]): Promise<void> {
  for (const key of keys) $records.setKey(key, undefined);
  await getStorage().remove(keys);
  $persistence.set(getStorage().persistence());
  feed?.announce({ removed: keys });
}

/** The storage, for the export and import actions (stores/transfer.ts), which only My Progress loads. */
export function learnerStorage(): LearnerStorage {
  return getStorage();
}

/** Keys of changes held until IndexedDB has them, in any tab (a course reset removes those too). */
export const heldKeys = (): string[] => unsavedEntries().map((entry) => entry.key);

/** Tells other tabs about records written outside updateRecord (an import). */
export function announce(message: ChangeMessage): void {
  feed?.announce(message);
}
