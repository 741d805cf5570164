import { useStore } from '@nanostores/preact';
import { $fromNewerVersion, $persistence, $setAside } from '../stores/learner';

/** A non-blocking notice when progress cannot be saved, or stored data had to be set aside. */
export default function StorageNotice() {
  const persistence = useStore($persistence);
  const setAside = useStore($setAside);
  const newer = useStore($fromNewerVersion);
  const messages = [
    persistence === 'memory' && 'Your progress cannot be saved in this browser right now. Everything still works, but it will be lost when you close this tab.',
    setAside > 0 && `${setAside} saved item${setAside === 1 ? ' was' : 's were'} unreadable and ${setAside === 1 ? 'was' : 'were'} set aside; the rest of your progress is intact.`,
    newer > 0 && `${newer} saved item${newer === 1 ? ' comes' : 's come'} from a newer version of this site and cannot be shown here; ${newer === 1 ? 'it is' : 'they are'} kept unchanged. Reload the page to get the newer version.`,
  ].filter(Boolean);
  return (
    <div class="storage-notice" role="status">
      {messages.map((m) => <p key={m as string}>{m}</p>)}
    </div>
  );
}
