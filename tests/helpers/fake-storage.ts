/** A minimal localStorage; `blocked` makes every call throw, as some private modes do. */
export function fakeStorage(blocked = false) {
  const items = new Map<string, string>();
  const guard = () => { if (blocked) throw new DOMException('blocked', 'SecurityError'); };
  return {
    items,
    getItem: (k: string) => (guard(), items.get(k) ?? null),
    setItem: (k: string, v: string) => { guard(); items.set(k, v); },
    removeItem: (k: string) => { guard(); items.delete(k); },
  };
}
