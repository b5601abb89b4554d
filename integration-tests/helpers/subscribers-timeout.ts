/**
 * How long a test waits for an event's subscribers: a bound on a hang, not a speed
 * check. Medusa's default (15 s) was too short for a checkout on a loaded 2-core
 * machine running several suites at once.
 */
export const SUBSCRIBERS_TIMEOUT_MS = 120_000
