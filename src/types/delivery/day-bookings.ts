/** Cakes booked by placed, not cancelled orders on one day: in all, and per window (by its start, ISO). */
export type DayBookings = { total: number; by_window: Record<string, number> }
