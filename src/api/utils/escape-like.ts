/** Makes a value match itself whole in LIKE/ILIKE: its %, _ and \ are taken literally. */
export function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}
