/**
 * A map that forgets its least recently used entries beyond `maxEntries`. Per-store state (the governor's
 * quotas, the circuit breakers) is keyed by store hashes that callers send in per-request mode, so it must
 * not grow with every hash anyone tries.
 */
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly maxEntries: number) {}

  /** The entry for `key`, made by `create` when missing; either way it becomes the most recently used. */
  getOrCreate(key: K, create: () => V): V {
    const existing = this.entries.get(key);
    if (existing !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, existing);
      return existing;
    }
    const made = create();
    this.entries.set(key, made);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return made;
  }
}
