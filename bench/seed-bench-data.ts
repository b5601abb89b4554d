// `medusa exec ./bench/seed-bench-data.ts [out.json]`: the benchmark's data set on top of the demo
// shop: 20 bakeries, BENCH_CAKES cakes (500; products with cake profiles and GBP prices) and
// BENCH_ORDERS placed orders (2,000) with delivery slots. Bulk module calls where Medusa's
// workflows would take minutes; the shapes match what checkout creates. Larger catalogs
// (grow-catalog.ts), more bookings (grow-bookings.ts) and the orders out for delivery
// (seed-deliveries.ts) are added by the bench as it goes.
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { writeFileSync } from "node:fs"
import { BAKERY_MODULE } from "../src/modules/bakery"
import { CAKE_MODULE } from "../src/modules/cake"
import { DELIVERY_MODULE } from "../src/modules/delivery"
import { seedDemoData } from "../src/scripts/seed/index"
import { setUpBakeryFulfillmentWorkflow } from "../src/workflows/bakery/workflows/set-up-bakery-fulfillment"

export const BENCH_SIZES = { bakeries: 20, cakes: Number(process.env.BENCH_CAKES || 500), orders: Number(process.env.BENCH_ORDERS || 2000) }
const FLAVOURS = ["chocolate", "vanilla", "lemon", "red velvet", "carrot", "coffee", "strawberry", "caramel"]
const SIZES = ['6" (serves 8)', '8" (serves 12)']
const DAY_MS = 86400000

const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))

/** `args[0]`: where to write the ids the load drivers need (JSON). */
export default async function seedBenchData({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const shop = await seedDemoData(container, {
    adminEmail: process.env.MEDUSA_ADMIN_EMAIL || "admin@sweetspot.local",
    adminPassword: process.env.MEDUSA_ADMIN_PASSWORD || "sweetspot-admin",
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [profile] } = await query.graph({ entity: "shipping_profile", fields: ["id"] })

  // Bakeries: open every day 06:00-22:00, no capacity limit, around central London.
  const bakeryService = container.resolve(BAKERY_MODULE) as any
  const bakeries = await bakeryService.createBakeries(
    Array.from({ length: BENCH_SIZES.bakeries }, (_, i) => ({
      name: `Bench Bakery ${i + 1}`,
      handle: `bench-bakery-${i + 1}`,
      city: "London",
      country_code: "gb",
      latitude: 51.5 + i * 0.01,
      longitude: -0.12 + i * 0.01,
      timezone: "Europe/London",
      opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "06:00", closes: "22:00" })),
      lead_time_minutes: 60,
      daily_capacity: null,
      delivery_fees: [{ currency_code: "gbp", base: 4, per_km: 0.5 }],
    }))
  )
  // Each bakery's stock location and "Collect from" / "Delivery by" options, as the admin route makes them.
  await setUpBakeryFulfillmentWorkflow(container).run({ input: { bakery_ids: bakeries.map((b: any) => b.id) } })

  // Cakes: an even share per bakery, two sizes each, published in the demo sales channel.
  const products: { id: string; variants: { id: string; title: string }[] }[] = []
  for (const batch of chunks(Array.from({ length: BENCH_SIZES.cakes }, (_, i) => i), 50)) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((i) => ({
          title: `Bench Cake ${i + 1} ${FLAVOURS[i % FLAVOURS.length]}`,
          handle: `bench-cake-${i + 1}`,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profile.id,
          sales_channels: [{ id: shop.salesChannelId }],
          options: [{ title: "Size", values: SIZES }],
          variants: SIZES.map((size, s) => ({
            title: size,
            sku: `BENCH-${i + 1}-${s}`,
            options: { Size: size },
            manage_inventory: false,
            prices: [{ currency_code: "gbp", amount: 20 + (i % 10) + s * 10 }],
          })),
        })),
      },
    })
    products.push(...(result as any))
  }
  const cakeService = container.resolve(CAKE_MODULE) as any
  const profiles = await cakeService.createCakeProfiles(
    products.map((_, i) => ({
      flavour: FLAVOURS[i % FLAVOURS.length],
      egg_options: i % 3 === 0 ? ["eggless"] : ["egg", "eggless"],
      shapes: [{ name: "Round", surcharge: 0 }, { name: "Heart", surcharge: 5 }],
      toppings: [{ name: "Sprinkles", price: 1.5 }, { name: "Fresh berries", price: 4 }],
      max_message_length: 60,
      is_available: i % 10 !== 9,
    }))
  )
  await link.create([
    ...products.map((product, i) => ({ [Modules.PRODUCT]: { product_id: product.id }, [CAKE_MODULE]: { cake_profile_id: profiles[i].id } })),
    ...products.map((product, i) => ({
      [BAKERY_MODULE]: { bakery_id: bakeries[Math.floor(i / (BENCH_SIZES.cakes / BENCH_SIZES.bakeries))].id },
      [Modules.PRODUCT]: { product_id: product.id },
    })),
  ])

  // Orders: placed, each with a booked slot tomorrow.
  const orderService = container.resolve(Modules.ORDER)
  const deliveryService = container.resolve(DELIVERY_MODULE) as any
  const tomorrow = new Date(Math.ceil(Date.now() / DAY_MS) * DAY_MS)
  const perBakery = BENCH_SIZES.orders / BENCH_SIZES.bakeries
  const orderIds: string[] = []
  for (const batch of chunks(Array.from({ length: BENCH_SIZES.orders }, (_, i) => i), 200)) {
    const plans = batch.map((i) => {
      const b = Math.floor(i / perBakery)
      const cakesPerBakery = BENCH_SIZES.cakes / BENCH_SIZES.bakeries
      const product = products[b * cakesPerBakery + (i % cakesPerBakery)]
      return { i, bakery: bakeries[b], product }
    })
    const orders = await orderService.createOrders(
      plans.map(({ i, product }) => ({
        region_id: shop.regionId,
        sales_channel_id: shop.salesChannelId,
        currency_code: "gbp",
        email: `bench-${i}@sweetspot.test`,
        status: "pending" as any,
        shipping_address: {
          first_name: "Bench",
          last_name: `Shopper ${i}`,
          address_1: `${i + 1} Bench Street`,
          city: "London",
          postal_code: "E1 6PU",
          country_code: "gb",
          metadata: { latitude: 51.45 + (i % 100) * 0.002, longitude: -0.2 + (i % 97) * 0.003 },
        },
        items: [
          {
            title: product.variants[0].title,
            product_id: product.id,
            variant_id: product.variants[0].id,
            quantity: 1 + (i % 3),
            unit_price: 25,
          },
        ],
      }))
    )
    orderIds.push(...orders.map((order) => order.id))
    const slots = await deliveryService.createDeliverySlots(
      plans.map(({ bakery, i }) => {
        const startsAt = new Date(tomorrow.getTime() + (8 + (i % 6) * 2) * 3600000)
        return {
          bakery_id: bakery.id,
          date: startsAt.toISOString().slice(0, 10),
          starts_at: startsAt,
          ends_at: new Date(startsAt.getTime() + 2 * 3600000),
          cake_quantity: 1 + (i % 3),
          booked_at: new Date(),
        }
      })
    )
    await link.create([
      ...plans.map(({ bakery }, k) => ({ [BAKERY_MODULE]: { bakery_id: bakery.id }, [Modules.ORDER]: { order_id: orders[k].id } })),
      ...plans.map((_, k) => ({ [Modules.ORDER]: { order_id: orders[k].id }, [DELIVERY_MODULE]: { delivery_slot_id: slots[k].id } })),
    ])
  }

  const summary = {
    publishable_key: shop.publishableKey,
    region_id: shop.regionId,
    sales_channel_id: shop.salesChannelId,
    cakes_per_bakery: BENCH_SIZES.cakes / BENCH_SIZES.bakeries,
    bakery_ids: bakeries.map((b: any) => b.id),
    product_ids: products.map((p) => p.id),
    variant_ids: products.map((p) => p.variants[0].id),
    order_ids: orderIds,
  }
  if (args[0]) {
    writeFileSync(args[0], JSON.stringify(summary))
  }
  logger.info(`Bench data: ${bakeries.length} bakeries, ${products.length} cakes, ${BENCH_SIZES.orders} orders`)
}
