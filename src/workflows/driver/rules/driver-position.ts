/** Whether a driver's latest position is recent enough to start an ETA from (DRIVER_POSITION_MAX_AGE_SECONDS). */
export function positionIsFresh(recordedAt: string | Date | null | undefined, now: Date, maxAgeSeconds: number): boolean {
  if (!recordedAt) return false
  const age = now.getTime() - new Date(recordedAt).getTime()
  return age <= maxAgeSeconds * 1000
}

/**
 * Whether a new position should recompute the ETAs of the driver's orders: at
 * most once per ETA_DRIVER_MIN_INTERVAL_SECONDS, so a phone that reports every
 * few seconds does not multiply Google's bill.
 */
export function driverEtaRefreshDue(lastRefreshedAt: string | Date | null | undefined, now: Date, minIntervalSeconds: number): boolean {
  if (!lastRefreshedAt) return true
  return now.getTime() - new Date(lastRefreshedAt).getTime() >= minIntervalSeconds * 1000
}

/** A phone's clock may run a little ahead; a position from further in the future than this is refused. */
export const POSITION_CLOCK_SKEW_SECONDS = 300

/** Whether a reported position replaces the stored one: only a newer one does (reports can arrive out of order). */
export function positionIsNewer(recordedAt: string | Date, storedAt: string | Date | null | undefined): boolean {
  return !storedAt || new Date(recordedAt).getTime() > new Date(storedAt).getTime()
}
