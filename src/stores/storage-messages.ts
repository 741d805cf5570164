import { computed } from 'nanostores';
import { $fromNewerVersion, $persistence, $setAside } from './learner';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What the learner is told about their stored data: nothing while storage works and every record was readable. */
export const $storageMessages = computed([$persistence, $setAside, $fromNewerVersion], (persistence, setAside, newer) => [
  persistence === 'memory' && 'Your progress cannot be saved in this browser right now. Everything on this page still works, but answers and notes may be lost when you leave or reload it.',
  setAside > 0 && `${setAside} saved item${plural(setAside, ' was', 's were')} unreadable and ${plural(setAside, 'was', 'were')} set aside; the rest of your progress is intact.`,
  newer > 0 && `${newer} saved item${plural(newer, ' comes', 's come')} from a newer version of this site and cannot be shown here; ${plural(newer, 'it is', 'they are')} kept unchanged. Reload the page to get the newer version.`,
].filter((m): m is string => typeof m === 'string'));
