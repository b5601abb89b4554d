const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return value !== undefined && value.trim() !== "" && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/** The largest photo a shopper may send, in bytes: PHOTO_MAX_BYTES, 5 MB by default. */
export function photoMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Math.floor(positive(env.PHOTO_MAX_BYTES, 5 * 1024 * 1024))
}

/** After how many days without a change a photo on a cart that never became an order is deleted: PHOTO_ORPHAN_DAYS, 7 by default. */
export function photoOrphanDays(env: NodeJS.ProcessEnv = process.env): number {
  return positive(env.PHOTO_ORPHAN_DAYS, 7)
}
