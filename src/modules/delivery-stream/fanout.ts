/** Called when something about the key (an order) changed; it re-reads what it shows, the message carries nothing. */
export type ChangeListener = () => void

/**
 * This process's listeners, per key. It says when a key gets its first listener and
 * loses its last, so its owner subscribes upstream (a Redis channel) only while a
 * stream here shows that order, and holds nothing once the last one has gone.
 */
export class Fanout {
  private readonly byKey = new Map<string, Set<ChangeListener>>()

  /** Adds a listener; true when it is the key's first. */
  add(key: string, listener: ChangeListener): boolean {
    const listeners = this.byKey.get(key)
    if (listeners) {
      listeners.add(listener)
      return false
    }
    this.byKey.set(key, new Set([listener]))
    return true
  }

  /** Removes a listener; true when it was the key's last. Removing one that is not there changes nothing. */
  remove(key: string, listener: ChangeListener): boolean {
    const listeners = this.byKey.get(key)
    if (!listeners?.delete(listener)) {
      return false
    }
    if (listeners.size) {
      return false
    }
    this.byKey.delete(key)
    return true
  }

  /** Tells each listener of the key; one that throws does not keep the others from hearing. Answers how many heard. */
  emit(key: string, onError: (error: unknown) => void = () => undefined): number {
    const listeners = [...(this.byKey.get(key) ?? [])]
    for (const listener of listeners) {
      try {
        listener()
      } catch (error) {
        onError(error)
      }
    }
    return listeners.length
  }

  /** Tells every listener of every key (after a lost connection, when messages may have been missed). */
  emitAll(onError?: (error: unknown) => void) {
    for (const key of [...this.byKey.keys()]) {
      this.emit(key, onError)
    }
  }

  /** How many keys have listeners. */
  get keys() {
    return this.byKey.size
  }

  /** How many listeners there are, over all keys. */
  get listeners() {
    let count = 0
    for (const listeners of this.byKey.values()) {
      count += listeners.size
    }
    return count
  }
}
