// `medusa exec ./bench/refresh-etas.ts <out.json>`: times refresh-delivery-etas over every
// order out for delivery against the local fake Google (GOOGLE_MAPS_BASE_URL's port),
// twice: cold, then again inside the cache TTL, and writes the figures to out.json.
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { writeFileSync } from "node:fs"
import { fakeGoogle } from "../integration-tests/helpers/fake-google"
import { refreshDeliveryEtasWorkflow } from "../src/workflows/delivery/workflows/refresh-delivery-etas"

export default async function refreshEtas({ container, args }: ExecArgs) {
  const google = fakeGoogle(Number(new URL(process.env.GOOGLE_MAPS_BASE_URL!).port))
  await google.start()
  const run = async () => {
    const before = { requests: google.state.requests, elements: google.state.elements }
    const started = performance.now()
    const { result } = await refreshDeliveryEtasWorkflow(container).run({ input: {} })
    return {
      orders: result.order_ids.length,
      written: result.estimates.length,
      google_estimates: result.estimates.filter((e: any) => e.source === "google").length,
      wall_ms: Math.round(performance.now() - started),
      requests: google.state.requests - before.requests,
      billed_elements: google.state.elements - before.elements,
    }
  }
  try {
    // The drivers' phones have just sent their positions: they are fresh, so they are the origins.
    await container.resolve(ContainerRegistrationKeys.PG_CONNECTION)("driver").whereNotNull("latitude").update({ position_recorded_at: new Date() })
    const cold = await run()
    const cached = await run()
    writeFileSync(args[0], JSON.stringify({ backend: process.env.GOOGLE_MAPS_BACKEND, cold, cached }))
  } finally {
    await google.stop()
  }
}
