// Full checkouts in a process of their own: `node bench/checkout-load.mjs <plan.json>`.
// Each prepared cart already holds a cake, addresses and a delivery method; a
// checkout is what the shopper does last: book the slot, open the payment
// session, complete. Prints checkouts per second and the latency of a whole checkout.
import { readFileSync } from "node:fs"

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"))
const headers = { "content-type": "application/json", ...plan.headers }

async function post(path, body = {}) {
  const response = await fetch(`${plan.url}${path}`, { method: "POST", headers, body: JSON.stringify(body) })
  const json = await response.json()
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${json.message}`)
  }
  return json
}

async function checkout({ cart_id, starts_at }) {
  await post(`/store/carts/${cart_id}/delivery-slot`, { starts_at })
  const { payment_collection } = await post("/store/payment-collections", { cart_id })
  await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = await post(`/store/carts/${cart_id}/complete`)
  if (completed.type !== "order") {
    throw new Error(`cart ${cart_id} did not complete: ${completed.error?.message}`)
  }
}

const latencies = []
const failures = []
let next = 0
const started = performance.now()
await Promise.all(
  Array.from({ length: plan.concurrency }, async () => {
    while (next < plan.carts.length) {
      const cart = plan.carts[next++]
      const t0 = performance.now()
      try {
        await checkout(cart)
        latencies.push(performance.now() - t0)
      } catch (error) {
        failures.push(error.message)
      }
    }
  })
)
const seconds = (performance.now() - started) / 1000
latencies.sort((a, b) => a - b)
const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0)
process.stdout.write(
  JSON.stringify({
    checkouts: latencies.length,
    failures: failures.length,
    first_failure: failures[0] ?? null,
    per_second: Math.round((latencies.length / seconds) * 10) / 10,
    p50_ms: at(0.5),
    p99_ms: at(0.99),
  })
)
