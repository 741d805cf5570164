import { atom, map, onMount } from 'nanostores';
import { createLearnerStorage, type LearnerStorage, type Persistence } from '../storage/learner-storage';
import { changedAt, isValidRecord } from '../storage/records';
import { openChangeFeed, type ChangeFeed, type ChangeMessage } from '../storage/sync';

/** Every learner record, keyed by storage key (see storage/keys.ts). Islands subscribe to the keys they show. */
export const $records = map<Record<string, unknown>>({});
/** `loading` until storage has answered; then whether changes reach IndexedDB. */
export const $persistence = atom<'loading' | Persistence>('loading');
/** Stored values that failed validation on load and were set aside. */
export const $setAside = atom(0);

let storage: LearnerStorage | undefined;
let feed: ChangeFeed | undefined;
let loaded: Promise<void> | undefined;
const getStorage = () => (storage ??= createLearnerStorage());

/** Applies another tab's change, unless this tab already holds a newer copy. */
function applyRemote({ put = [], removed = [] }: ChangeMessage): void {
  for (const [key, value] of put) {
    if (isValidRecord(key, value) && changedAt(value) >= changedAt($records.get()[key])) $records.setKey(key, value);
  }
  for (const key of removed) $records.setKey(key, undefined);
}

/** Loads stored records once, after first paint; islands render their empty state until then. */
export function loadLearnerData(): Promise<void> {
  // During the build there is no browser storage: pages keep their neutral "loading" state.
  if (typeof window === 'undefined') return Promise.resolve();
  return (loaded ??= getStorage().load().then((snapshot) => {
    // Anything the learner did before storage answered is newer than what was stored.
    $records.set({ ...snapshot.records, ...$records.get() });
    $setAside.set(snapshot.setAside);
    $persistence.set(getStorage().persistence());
    feed ??= typeof window === 'undefined' ? undefined : openChangeFeed(applyRemote);
  }));
}
onMount($records, () => void loadLearnerData());

/** Changes one record: shown at once, saved with read-modify-write, announced to other tabs. */
export async function updateRecord<T>(key: string, change: (old: T | undefined) => T): Promise<T> {
  $records.setKey(key, change($records.get()[key] as T | undefined));
  await loadLearnerData();
  const stored = await getStorage().update<T>(key, change);
  $records.setKey(key, stored);
  $persistence.set(getStorage().persistence());
  feed?.announce({ put: [[key, stored]] });
  return stored;
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

/** Tells other tabs about records written outside updateRecord (an import). */
export function announce(message: ChangeMessage): void {
  feed?.announce(message);
}
