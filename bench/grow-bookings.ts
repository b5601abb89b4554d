// `medusa exec ./bench/grow-bookings.ts <seed.json> <total>`: adds booked delivery slots until the
// bench bakeries hold `total` bookings, spread over their next 60 days and their windows, in one
// INSERT ... SELECT. A booking is what a placed order leaves in the capacity count (the calendar
// and the slot listings read these rows, never the orders), so this is how 50,000 placed orders
// look to them without writing 50,000 orders.
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readFileSync } from "node:fs"

export default async function growBookings({ container, args }: ExecArgs) {
  const seed = JSON.parse(readFileSync(args[0], "utf8"))
  const total = Number(args[1])
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ count }] = await knex("delivery_slot").whereNotNull("booked_at").whereNull("deleted_at").count({ count: "*" })
  const missing = total - Number(count)
  if (missing <= 0) {
    return
  }
  const bakeries: string[] = seed.bakery_ids
  // Booking n: bakery n % B, day 1 + (n / B) % 60 from today (UTC), window 06:00 + 2h * (n % 8).
  await knex.raw(
    `insert into delivery_slot (id, bakery_id, date, starts_at, ends_at, cake_quantity, booked_at, created_at, updated_at)
     select 'dslot_bench_' || n,
            (?::text[])[1 + n % ?],
            to_char(current_date + 1 + (n / ?) % 60, 'YYYY-MM-DD'),
            (current_date + 1 + (n / ?) % 60)::timestamp at time zone 'UTC' + make_interval(hours => 6 + 2 * (n % 8)),
            (current_date + 1 + (n / ?) % 60)::timestamp at time zone 'UTC' + make_interval(hours => 8 + 2 * (n % 8)),
            1, now(), now(), now()
       from generate_series(?::int, ?::int) as n`,
    [bakeries, bakeries.length, bakeries.length, bakeries.length, bakeries.length, Number(count), total - 1]
  )
  await knex.raw("analyze delivery_slot")
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Bench bookings: ${total}`)
}
