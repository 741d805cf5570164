/**
 * Tells other open tabs which learner records changed, so they update within a second without a
 * reload. Uses BroadcastChannel, or `storage` events on one localStorage key where it is missing.
 */
const CHANNEL = 'learning-site:changes';

export interface ChangeMessage {
  /** Records written, with their new values. */
  put?: Array<[string, unknown]>;
  /** Keys removed. */
  removed?: string[];
}

export interface ChangeFeed {
  announce(message: ChangeMessage): void;
  close(): void;
}

/** Opens the feed; `onChange` receives messages from other tabs only. */
export function openChangeFeed(onChange: (message: ChangeMessage) => void): ChangeFeed {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<ChangeMessage>) => onChange(event.data);
    return { announce: (m) => channel.postMessage(m), close: () => channel.close() };
  }
  const listener = (event: StorageEvent) => {
    if (event.key !== CHANNEL || !event.newValue) return;
    try {
      onChange(JSON.parse(event.newValue).message as ChangeMessage);
    } catch { /* a malformed message from elsewhere: ignore it */ }
  };
  addEventListener('storage', listener);
  return {
    announce(message) {
      try {
        // The nonce makes every write a change, so the event fires even for identical messages.
        localStorage.setItem(CHANNEL, JSON.stringify({ message, nonce: Math.random() }));
      } catch { /* no localStorage either: other tabs catch up on their next load */ }
    },
    close: () => removeEventListener('storage', listener),
  };
}
