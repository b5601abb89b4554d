import { setTimeout as sleep } from "node:timers/promises"

/** Runs `attempt`, retrying failures with exponential backoff; the last failure is thrown. */
export async function withRetries<T>(attempt: () => Promise<T>, { retries, backoff_ms }: { retries: number; backoff_ms: number }): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt()
    } catch (error) {
      if (tried >= retries) throw error
      await sleep(backoff_ms * 2 ** tried)
    }
  }
}
