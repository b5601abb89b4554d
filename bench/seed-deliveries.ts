// `medusa exec ./bench/seed-deliveries.ts <seed.json> <bakeries> <per-bakery> <out.json>`: the ETA
// refresh's data set: `bakeries` bakeries (the bench's first ones, and more when needed), each with
// `per-bakery` orders out for delivery (a shipped fulfillment, an address with coordinates); the
// first half of the bakeries have one driver, with a fresh position, carrying all of that bakery's
// orders. Bulk module calls; any order shipped before is delivered first, so the refresh sees
// exactly these; then the list of orders out for delivery is reconciled with them. Writes how many orders leave from each origin (for the request floor).
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readFileSync, writeFileSync } from "node:fs"
import { BAKERY_MODULE } from "../src/modules/bakery"
import { DRIVER_MODULE } from "../src/modules/driver"
import { trackOrdersOutForDeliveryWorkflow } from "../src/workflows/delivery/workflows/track-orders-out-for-delivery"

const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))

async function inParallel<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await task(items[index])
      }
    })
  )
  return results
}

export default async function seedDeliveries({ container, args }: ExecArgs) {
  const seed = JSON.parse(readFileSync(args[0], "utf8"))
  const [bakeryCount, perBakery] = [Number(args[1]), Number(args[2])]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const bakeryService = container.resolve(BAKERY_MODULE) as any
  const drivers = container.resolve(DRIVER_MODULE) as any
  const orderService = container.resolve(Modules.ORDER)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)

  // Nothing else out for delivery: the refresh must see exactly this data set.
  await knex("fulfillment").whereNotNull("shipped_at").whereNull("delivered_at").update({ delivered_at: new Date() })

  const extra = Math.max(0, bakeryCount - seed.bakery_ids.length)
  const added = extra
    ? await bakeryService.createBakeries(
        Array.from({ length: extra }, (_, i) => ({
          name: `ETA Bakery ${i + 1}`,
          handle: `eta-bakery-${i + 1}`,
          city: "London",
          country_code: "gb",
          latitude: 51.3 + (i % 10) * 0.04,
          longitude: -0.4 + Math.floor(i / 10) * 0.05,
          timezone: "Europe/London",
          opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "06:00", closes: "22:00" })),
          lead_time_minutes: 60,
        }))
      )
    : []
  const bakeryIds: string[] = [...seed.bakery_ids, ...added.map((b: any) => b.id)].slice(0, bakeryCount)
  const { data: [location] } = await query.graph({ entity: "stock_location", fields: ["id"] })
  const withDriver = Math.floor(bakeryCount / 2)
  const origins: number[] = []

  for (const [b, bakeryId] of bakeryIds.entries()) {
    const numbers = Array.from({ length: perBakery }, (_, k) => b * perBakery + k)
    const orderIds: string[] = []
    for (const batch of chunks(numbers, 250)) {
      const orders = await orderService.createOrders(
        batch.map((i) => ({
          region_id: seed.region_id,
          sales_channel_id: seed.sales_channel_id,
          currency_code: "gbp",
          email: `eta-${i}@sweetspot.test`,
          status: "pending" as any,
          shipping_address: {
            first_name: "ETA",
            last_name: `Shopper ${i}`,
            address_1: `${i + 1} Route Street`,
            city: "London",
            postal_code: "E1 6PU",
            country_code: "gb",
            metadata: { latitude: 51.4 + (i % 100) * 0.003, longitude: -0.3 + (i % 97) * 0.004 },
          },
          items: [{ title: "Bench cake", quantity: 1, unit_price: 25 }],
        }))
      )
      // The Fulfillment module creates one fulfillment per call.
      const fulfillments = await inParallel(orders, 8, () =>
        fulfillmentService.createFulfillment({
          location_id: location.id,
          provider_id: "manual_manual",
          delivery_address: { address_1: "Route Street", city: "London", country_code: "gb" },
          items: [],
          labels: [],
          order: {},
          shipped_at: new Date(),
        } as any)
      )
      await link.create([
        ...orders.map((order) => ({ [BAKERY_MODULE]: { bakery_id: bakeryId }, [Modules.ORDER]: { order_id: order.id } })),
        ...orders.map((order, k) => ({ [Modules.ORDER]: { order_id: order.id }, [Modules.FULFILLMENT]: { fulfillment_id: fulfillments[k].id } })),
      ])
      orderIds.push(...orders.map((order) => order.id))
    }
    if (b < withDriver) {
      const [driver] = await drivers.createDrivers([
        {
          bakery_id: bakeryId,
          name: `Bench Driver ${b + 1}`,
          email: `bench-driver-${b + 1}-${Date.now()}@sweetspot.test`,
          latitude: 51.45 + (b % 10) * 0.01,
          longitude: -0.15 + Math.floor(b / 10) * 0.01,
          position_recorded_at: new Date(),
        },
      ])
      await drivers.createDeliveryAssignments(
        orderIds.map((order_id) => ({ order_id, bakery_id: bakeryId, driver_id: driver.id, claimed_at: new Date(), picked_up_at: new Date() }))
      )
    }
    origins.push(orderIds.length)
  }
  // Made by module calls, which emit no events: the list of orders out for delivery (what the scheduled
  // refresh reads) catches up the way the reconcile job does, from the orders themselves.
  await trackOrdersOutForDeliveryWorkflow(container).run({ input: {} })
  writeFileSync(args[3], JSON.stringify({ bakeries: bakeryCount, with_driver: withDriver, orders: bakeryCount * perBakery, per_origin: origins }))
}
