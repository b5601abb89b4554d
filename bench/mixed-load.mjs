// The leak check's load, in its own process: `node bench/mixed-load.mjs <plan.json>`. For
// `seconds`, keeps `streams` live delivery streams open (staff streams of placed orders, read
// and discarded) while loops list cakes, add cakes to new carts and check carts out. Prints the
// counts as JSON; any answer that is not 2xx is a failure.
import { readFileSync } from "node:fs"

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"))
const headers = { "content-type": "application/json", ...plan.headers }
const deadline = Date.now() + plan.seconds * 1000
const counts = { listings: 0, adds: 0, checkouts: 0, failures: 0, first_failure: null, streams_opened: 0, streams_lost: 0 }

function fail(message) {
  counts.failures++
  counts.first_failure ??= message
}

async function call(method, path, body) {
  const response = await fetch(`${plan.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const json = await response.json()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${json.message}`)
  return json
}

const controller = new AbortController()
async function stream(orderId) {
  try {
    const response = await fetch(`${plan.url}/admin/orders/${orderId}/delivery/stream`, { headers: plan.stream_headers, signal: controller.signal })
    if (!response.ok) return fail(`stream ${orderId}: ${response.status}`)
    counts.streams_opened++
    const reader = response.body.getReader()
    for (;;) {
      const { done } = await reader.read()
      if (done) break
    }
    if (Date.now() < deadline) counts.streams_lost++
  } catch (error) {
    if (error.name !== "AbortError") fail(`stream ${orderId}: ${error.message}`)
  }
}

async function loop(task) {
  while (Date.now() < deadline) {
    try {
      await task()
    } catch (error) {
      fail(error.message)
    }
  }
}

const ADDRESS = { first_name: "Leak", last_name: "Check", address_1: "1 Brick Lane", city: "London", postal_code: "E1 6PU", country_code: "gb" }
let shopper = 0
async function newCartWithCake() {
  const { cart } = await call("POST", "/store/carts", { region_id: plan.region_id, email: `leak-${shopper++}@sweetspot.test` })
  await call("POST", `/store/carts/${cart.id}/cakes`, { variant_id: plan.variant_id, quantity: 1, customization: { message: "Leak check" } })
  return cart.id
}

const streams = plan.order_ids.slice(0, plan.streams).map(stream)
await Promise.all([
  loop(async () => {
    await call("GET", `/store/cakes?limit=20&region_id=${plan.region_id}`)
    counts.listings++
  }),
  loop(async () => {
    await call("GET", `/store/cakes?limit=20&region_id=${plan.region_id}&bakery_id=${plan.bakery_id}`)
    counts.listings++
  }),
  loop(async () => {
    await newCartWithCake()
    counts.adds++
  }),
  loop(async () => {
    const cartId = await newCartWithCake()
    await call("POST", `/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
    const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cartId}`)
    await call("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: shipping_options.find((o) => o.type?.code === "delivery").id })
    const { slots } = await call("GET", `/store/bakeries/${plan.bakery_id}/delivery-slots?date=${plan.date}&cart_id=${cartId}`)
    await call("POST", `/store/carts/${cartId}/delivery-slot`, { starts_at: slots.find((s) => s.available).starts_at })
    const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cartId })
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const completed = await call("POST", `/store/carts/${cartId}/complete`)
    if (completed.type !== "order") throw new Error(`checkout ${cartId}: ${completed.error?.message}`)
    counts.checkouts++
  }),
])
controller.abort()
await Promise.all(streams)
process.stdout.write(JSON.stringify(counts))
