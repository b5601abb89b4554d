/**
 * A small storefront and back-office script written only against `@medusajs/js-sdk`
 * and `@sweetspot/sdk`, as an integrator's project has them. The `@ts-expect-error`
 * lines show that a wrong body field is a compile error, and the annotated
 * constants pin what the helpers answer. `integration-tests/http/sdk-journey.spec.ts`
 * packs the package, installs the tarball into an empty project with js-sdk and
 * typescript, compiles this folder there with `tsc --strict` and runs `journey.ts`
 * against a test server; `src/sdk/__tests__/types.unit.spec.ts` type-checks it
 * against the package's sources.
 */
import Medusa from "@medusajs/js-sdk"
import {
  isSweetSpotApiError,
  sweetspot,
  SweetSpotApiError,
  type DeliveryStatus,
  type DeliveryStreamUpdate,
  type StoreAddCakeToCartBody,
  type StoreCake,
  type StoreCakeCart,
} from "@sweetspot/sdk"

/** One js-sdk instance for the shop, as a storefront keeps it. */
export function createShopClient(baseUrl: string, publishableKey: string) {
  const sdk = new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  return { sdk, helpers: sweetspot(sdk) }
}

type Shop = ReturnType<typeof createShopClient>

/** Registers a shopper with Medusa's own auth and customer routes, then logs them in. */
export async function signUp({ sdk }: Shop, email: string, password: string) {
  await sdk.auth.register("customer", "emailpass", { email, password })
  await sdk.store.customer.create({ email, first_name: "Sam", last_name: "Baker" })
  await sdk.auth.login("customer", "emailpass", { email, password })
  const { customer } = await sdk.store.customer.retrieve()
  return customer
}

/** London's bakeries and the chocolate cakes of the first one, priced in the shop's first region. */
export async function browse({ sdk, helpers }: Shop) {
  const { regions } = await sdk.store.region.list()
  const region_id = regions[0].id
  const { bakeries, count } = await helpers.store.bakeries.list({ city: "London", limit: 10 })
  const bakeryCount: number = count
  const { cakes } = await helpers.store.cakes.list({ region_id, bakery_id: bakeries[0].id, flavour: "chocolate", egg_option: "eggless" })
  const cakeCount: number = (await helpers.store.cakes.list()).count
  const cake: StoreCake = cakes[0]
  const price: number | null | undefined = cake.variants[0].calculated_price?.calculated_amount
  const toppings: string[] = cake.cake_profile?.toppings.map((topping) => topping.name) ?? []
  return { region_id, bakery: bakeries[0], bakeryCount, cakeCount, cake, price, toppings }
}

/** Customise, cart, slot, pay with the system provider, place the order, then follow it. */
export async function orderBirthdayCake(shop: Shop, email: string) {
  const { sdk, helpers } = shop
  const { region_id, bakery, cake } = await browse(shop)

  const { cart } = await sdk.store.cart.create({ region_id })
  const choice: StoreAddCakeToCartBody = {
    variant_id: cake.variants[0].id,
    quantity: 1,
    customization: { message: "Happy birthday Mum", egg_version: "eggless", toppings: ["Sprinkles"], shape: null },
  }
  const added: StoreCakeCart = (await helpers.store.carts.addCake(cart.id, choice)).cart
  const line = added.items![0]
  const adjustment: number | undefined = line.cake_customization?.price_adjustment
  await helpers.store.carts.updateCake(cart.id, line.id, { customization: { notes: "Candles on the side" } })

  // A date picker's month in one call, then the chosen day's windows.
  const today = new Date().toISOString().slice(0, 10)
  const inAMonth = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10)
  const { days } = await helpers.store.bakeries.calendar(bakery.id, { from: today, to: inAMonth, cart_id: cart.id, fulfillment: "delivery" })
  const day = days.find((d) => d.available_windows > 0)
  if (!day) {
    return null
  }
  const { slots } = await helpers.store.bakeries.deliverySlots(bakery.id, { date: day.date, cart_id: cart.id })
  const window = slots.find((slot) => slot.available)
  if (!window) {
    return null
  }
  const booked = await helpers.store.carts.setDeliverySlot(cart.id, { starts_at: window.starts_at })
  const bookedStart: string | undefined = booked.cart.delivery_slot?.starts_at

  const address = { first_name: "Sam", last_name: "Baker", address_1: "1 Brick Lane", city: "London", postal_code: "E1 6PU", country_code: "gb" }
  const { cart: addressed } = await sdk.store.cart.update(cart.id, { email, shipping_address: address, billing_address: address })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const { cart: shipped } = await sdk.store.cart.addShippingMethod(addressed.id, { option_id: shipping_options[0].id })
  await sdk.store.payment.initiatePaymentSession(shipped, { provider_id: "pp_system_default" })
  const completed = await sdk.store.cart.complete(cart.id)
  if (completed.type !== "order") {
    return null
  }

  const { delivery } = await helpers.store.orders.delivery(completed.order.id)
  const status: DeliveryStatus = delivery.status
  const eta: string | undefined = delivery.estimate?.eta_at
  const source: "google" | "fallback" | undefined = delivery.estimate?.source
  const { cake_customizations } = await helpers.store.customers.listCakeCustomizations({ limit: 5 })
  const myMessages: (string | null)[] = cake_customizations.map((c) => c.message)
  return { order: completed.order, adjustment, bookedStart, status, eta, source, myMessages }
}

/**
 * An order page that follows the order live, over the typed stream helper: each
 * change (status, ETA, the driver's position) as it happens, until the cakes are
 * delivered, collected or the order cancelled. A dropped connection is resumed by
 * the helper; `signal` stops it when the page goes away.
 */
export async function followOrder({ helpers }: Shop, orderId: string, show: (line: string) => void, signal?: AbortSignal) {
  let last: DeliveryStreamUpdate | undefined
  for await (const update of helpers.store.orders.deliveryStream(orderId, { signal })) {
    const { status, estimate, driver } = update.delivery
    const eta = estimate ? ` - arriving about ${new Date(estimate.eta_at).toLocaleTimeString()}` : ""
    const where = driver ? ` - ${driver.first_name ?? "your driver"} was at ${driver.latitude}, ${driver.longitude} (${driver.updated_at})` : ""
    show(`${status}${eta}${where}`)
    last = update
  }
  // Kept over a reload, this makes the next page's stream skip the state it already shows.
  return last?.id
}

/** Bakery staff: a new bakery and its first cake, a day off, an order's cake details and a fresh ETA. */
export async function backOffice(baseUrl: string, staff: { email: string; password: string }, orderId: string) {
  const admin = new Medusa({ baseUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await admin.auth.login("user", "emailpass", staff)
  const helpers = sweetspot(admin).admin
  // The product is Medusa's own; SweetSpot adds its bakery and its cake profile.
  const { product } = await admin.admin.product.create({
    title: "Yorkshire Parkin",
    options: [{ title: "Size", values: ["6 inch"] }],
    variants: [{ title: "6 inch", options: { Size: "6 inch" }, prices: [{ currency_code: "gbp", amount: 18 }] }],
  })
  const productId = product.id

  const { bakery } = await helpers.bakeries.create({
    name: "Dough Bros",
    handle: "dough-bros",
    city: "Leeds",
    timezone: "Europe/London",
    opening_hours: [{ weekday: 1, opens: "09:00", closes: "17:00" }],
    lead_time_minutes: 240,
    daily_capacity: 30,
  })
  await helpers.bakeries.updateCakes(bakery.id, { add: [productId] })
  await helpers.products.upsertCakeProfile(productId, { flavour: "vanilla", egg_options: ["egg", "eggless"], toppings: [{ name: "Sprinkles", price: 2 }] })
  const { cake_profile } = await helpers.products.retrieveCakeProfile(productId)
  const flavour: string = cake_profile.flavour
  const { stats } = await helpers.bakeries.stats(bakery.id, { from: "2026-11-01", to: "2026-11-30" })
  const onTime: number | null = stats.on_time_share

  // A day off: the answer lists the orders already booked on it (none for a new bakery).
  const { closure, affected_orders } = await helpers.bakeries.createClosure(bakery.id, { from: "2026-12-25", reason: "Christmas" })
  const closedDays: number = (await helpers.bakeries.closures(bakery.id)).closures.length
  await helpers.bakeries.deleteClosure(bakery.id, closure.id)

  const details = await helpers.orders.cakeDetails(orderId)
  const messages: (string | null)[] = details.items.map((item) => item.customization?.message ?? null)
  const { estimate } = await helpers.orders.refreshDelivery(orderId)
  const minutes: number | null = estimate?.duration_seconds == null ? null : Math.round(estimate.duration_seconds / 60)
  const deleted: true = (await helpers.bakeries.delete(bakery.id)).deleted
  await admin.admin.product.delete(productId)
  return { flavour, onTime, closedDays, affected: affected_orders.length, messages, minutes, deleted }
}

/** Medusa's error answer, unchanged: status, type and message, typed. */
export async function addCakeOrExplain({ helpers }: Shop, cartId: string, variantId: string) {
  try {
    return (await helpers.store.carts.addCake(cartId, { variant_id: variantId, quantity: 1 })).cart
  } catch (error) {
    if (error instanceof SweetSpotApiError && error.status === 409) {
      const explanation: string = error.message // "... is baked by Northern Whisk ..."
      return explanation
    }
    if (isSweetSpotApiError(error)) {
      const parts: [number, string, string | undefined] = [error.status, error.type, error.code]
      throw new Error(`SweetSpot answered ${parts.join(" ")}: ${error.message}`)
    }
    throw error
  }
}

/** Never called: each line below is a mistake the compiler catches (an unused @ts-expect-error fails tsc). */
export async function mistakesTheCompilerCatches({ sdk, helpers }: Shop, cartId: string) {
  // @ts-expect-error an unknown field in the add-cake body
  await helpers.store.carts.addCake(cartId, { variant_id: "variant_1", quantity: 1, price: 1 })
  // @ts-expect-error quantity is a number, not a string
  await helpers.store.carts.addCake(cartId, { variant_id: "variant_1", quantity: "2" })
  // @ts-expect-error egg_version is "egg" or "eggless"
  await helpers.store.carts.addCake(cartId, { variant_id: "variant_1", customization: { egg_version: "vegan" } })
  // @ts-expect-error variant_id is required
  await helpers.store.carts.addCake(cartId, { quantity: 1 })
  // @ts-expect-error an unknown field in the customisation
  await helpers.store.carts.updateCake(cartId, "line_1", { customization: { colour: "pink" } })
  // @ts-expect-error starts_at is the field of the delivery-slot body
  await helpers.store.carts.setDeliverySlot(cartId, { slot: "2026-12-02T11:00:00Z" })
  // @ts-expect-error date is required to list delivery slots
  await helpers.store.bakeries.deliverySlots("bkry_1", {})
  // @ts-expect-error fulfillment is "pickup" or "delivery"
  await helpers.store.bakeries.calendar("bkry_1", { from: "2026-12-01", to: "2026-12-31", fulfillment: "drone" })
  // @ts-expect-error egg_option is "egg" or "eggless"
  await helpers.store.cakes.list({ egg_option: "vegan" })
  // @ts-expect-error an unknown field in the bakery body
  await helpers.admin.bakeries.create({ name: "Dough Bros", colour: "pink" })
  // @ts-expect-error lead_time_minutes is a number of minutes
  await helpers.admin.bakeries.update("bkry_1", { lead_time_minutes: "4h" })
  // @ts-expect-error egg_options holds "egg" and "eggless" only
  await helpers.admin.products.upsertCakeProfile("prod_1", { egg_options: ["vegan"] })
  // @ts-expect-error a bakery list answers `bakeries`, not `cakes`
  const { cakes } = await helpers.store.bakeries.list()
  // @ts-expect-error a delivery status is one of pending, shipped, delivered, cancelled
  const status: "lost" = (await helpers.store.orders.delivery("order_1")).delivery.status
  for await (const update of helpers.store.orders.deliveryStream("order_1")) {
    // @ts-expect-error the ETA is delivery.estimate.eta_at, not a field of the event
    const eta: string = update.eta_at
    // @ts-expect-error a driver's position is numbers, not a string
    const latitude: string | undefined = update.delivery.driver?.latitude
    return { eta, latitude }
  }
  // @ts-expect-error the helpers take a js-sdk instance, not a base URL
  sweetspot("https://shop.example")
  return { sdk, cakes, status }
}
