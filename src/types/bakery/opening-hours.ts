/** One weekday's opening window, in the bakery's own time zone. */
export type OpeningHours = {
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  weekday: number
  /** "HH:MM", 24-hour clock. */
  opens: string
  closes: string
}
