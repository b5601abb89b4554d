// Full checkouts in a process of their own: `node bench/checkout-load.mjs <plan.json>`.
// Each prepared cart already holds a cake, addresses and a delivery method; a
// checkout is what the shopper does last: book the slot, open the payment
// session, complete. Prints checkouts per second, the latency of a whole checkout,
// and how the refused ones were refused (a 4xx is a clean refusal, a 5xx a fault).
import { readFileSync } from "node:fs"

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"))
const headers = { "content-type": "application/json", ...plan.headers }

class Refused extends Error {
  constructor(message, status) {
    super(message)
    this.status = status
  }
}

async function post(path, body = {}) {
  const response = await fetch(`${plan.url}${path}`, { method: "POST", headers, body: JSON.stringify(body) })
  const json = await response.json()
  if (!response.ok) {
    throw new Refused(`${path}: ${response.status} ${json.message}`, response.status)
  }
  return json
}

async function checkout({ cart_id, starts_at }) {
  await post(`/store/carts/${cart_id}/delivery-slot`, { starts_at })
  const { payment_collection } = await post("/store/payment-collections", { cart_id })
  await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = await post(`/store/carts/${cart_id}/complete`)
  if (completed.type !== "order") {
    // Medusa answers a refused completion 200 with the cart and its error.
    throw new Refused(`cart ${cart_id} did not complete: ${completed.error?.message}`, 200)
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
        failures.push({ status: error.status ?? 0, message: error.message })
      }
    }
  })
)
const seconds = (performance.now() - started) / 1000
latencies.sort((a, b) => a - b)
const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0)
const refusedWith = (test) => failures.filter((f) => test(f.status)).length
process.stdout.write(
  JSON.stringify({
    checkouts: latencies.length,
    failures: failures.length,
    refused_4xx: refusedWith((s) => s >= 400 && s < 500),
    faults_5xx: refusedWith((s) => s >= 500 || s === 0),
    not_completed_200: refusedWith((s) => s === 200),
    first_failure: failures[0]?.message ?? null,
    per_second: Math.round((latencies.length / seconds) * 100) / 100,
    answered_per_second: Math.round(((latencies.length + failures.length) / seconds) * 100) / 100,
    wall_ms: Math.round(seconds * 1000),
    p50_ms: at(0.5),
    p99_ms: at(0.99),
  })
)
