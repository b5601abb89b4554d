/**
 * Waits for `probe` to answer something other than undefined, asking again after
 * each short pause, for work another process or a scheduled retry finishes.
 * Fails after `timeoutMs` with what it was waiting for.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}
