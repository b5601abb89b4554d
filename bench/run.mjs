// `npm run bench`: SweetSpot's routes against Medusa's own, in one run on one machine.
// Builds the app, seeds the benchmark data set into a fresh database, starts the
// build with production settings, drives it from separate processes (autocannon,
// the checkout driver) and times the ETA refresh against the fake Google for both
// backends. Writes bench/results.json and bench/results.md.
import { execFileSync, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, totalmem, tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { findFreePort, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres.mjs"
import { buildApp, execScript, migrateDatabase, startServer } from "../scripts/lib/production-server.mjs"

const benchDir = fileURLToPath(new URL(".", import.meta.url))
const work = mkdtempSync(join(tmpdir(), "sweetspot-bench-"))
const DATABASE = "sweetspot_bench"
const log = (message) => console.log(`[bench] ${message}`)

/** A fresh database: on DATABASE_URL's server when given, else in a throwaway embedded PostgreSQL. */
async function freshDatabase() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = "/postgres"
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
    await client.end()
    url.pathname = `/${DATABASE}`
    return { url: url.toString(), stop: async () => {} }
  }
  const database = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), "sweetspot-bench-pg-")),
    port: await findFreePort(),
    database: DATABASE,
    ephemeral: true,
  })
  return { url: database.url, stop: () => database.stop() }
}

/** A figure measured on error answers would be meaningless: stop instead. */
function assertAllSucceeded(name, result) {
  if (result.non_2xx || result.errors || result.failures) {
    throw new Error(`${name}: ${result.non_2xx ?? result.failures} failed answers ${JSON.stringify(result.status_codes ?? result.first_failure)}`)
  }
  return result
}

function runLoad(script, config) {
  const file = join(work, `scenario-${Date.now()}-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(config))
  return new Promise((resolve, reject) => {
    let out = ""
    let err = ""
    const child = spawn(process.execPath, [join(benchDir, script), file], { stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.on("data", (c) => (out += c))
    child.stderr.on("data", (c) => (err += c))
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${script} failed: ${err}`))))
  })
}

/** Runs `tasks` with at most `width` at a time. */
async function inParallel(items, width, task) {
  const results = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await task(items[index], index)
      }
    })
  )
  return results
}

function client(base, headers) {
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${json.message}`)
    return json
  }
  return { get: (path) => call("GET", path), post: (path, body = {}) => call("POST", path, body) }
}

const ADDRESS = {
  first_name: "Bench",
  last_name: "Shopper",
  address_1: "1 Brick Lane",
  city: "London",
  postal_code: "E1 6PU",
  country_code: "gb",
  metadata: { latitude: 51.52, longitude: -0.07 },
}

async function main() {
  const database = await freshDatabase()
  // The load comes from one address: lift the per-address rate limits, which would turn it into 429s.
  // Production refuses default secrets: the bench's own are random for each run.
  const env = {
    LOG_LEVEL: "error",
    NODE_ENV: "production",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    RATE_LIMIT_AUTH_REQUESTS: "1000000000",
    RATE_LIMIT_CART_REQUESTS: "1000000000",
  }
  let server
  try {
    log("medusa build")
    await buildApp()
    log("migrations and the benchmark data set")
    await migrateDatabase(database.url, env)
    const seedFile = join(work, "seed.json")
    await execScript("./bench/seed-bench-data.ts", [seedFile], database.url, { ...env, NODE_ENV: "development" })
    const seed = JSON.parse(readFileSync(seedFile, "utf8"))

    server = await startServer({ databaseUrl: database.url, port: await findFreePort(), env })
    log(`medusa start on ${server.url}`)
    const storeHeaders = { "x-publishable-api-key": seed.publishable_key }
    const store = client(server.url, storeHeaders)
    const region = seed.region_id
    const load = (config) => runLoad("load.mjs", { url: server.url, headers: storeHeaders, ...config })
    const results = { machine: machine(), data_set: { bakeries: 20, cakes: seed.product_ids.length, orders: 2000 } }

    // 1 and 2: listings, after a warm-up of each.
    const listings = {
      products: `/store/products?limit=20&region_id=${region}`,
      cakes: `/store/cakes?limit=20&region_id=${region}`,
      cakes_filtered: `/store/cakes?limit=20&region_id=${region}&bakery_id=${seed.bakery_ids[3]}&egg_option=eggless&is_available=true&flavour=chocolate`,
    }
    for (const path of Object.values(listings)) {
      await load({ path, duration: 3 })
    }
    for (const [name, path] of Object.entries(listings)) {
      log(`GET ${name}`)
      results[name] = assertAllSucceeded(name, await load({ path, duration: 10 }))
    }

    // 2b: a date picker's month in one call against one day's listing (a month the old way is 31 of those).
    const firstDay = new Date(Date.now() + 86400000).toISOString().slice(0, 10)
    const lastDay = new Date(Date.now() + 31 * 86400000).toISOString().slice(0, 10)
    const calendar = {
      slots_day: `/store/bakeries/${seed.bakery_ids[0]}/delivery-slots?date=${firstDay}`,
      calendar_month: `/store/bakeries/${seed.bakery_ids[0]}/calendar?from=${firstDay}&to=${lastDay}`,
    }
    for (const [name, path] of Object.entries(calendar)) {
      await load({ path, duration: 3 })
      log(`GET ${name}`)
      results[name] = assertAllSucceeded(name, await load({ path, duration: 10 }))
    }

    // 3: adding to an empty cart, each request its own cart.
    const CARTS = 300
    const newCarts = () => inParallel(Array.from({ length: CARTS }), 8, () => store.post("/store/carts", { region_id: region }).then((r) => r.cart.id))
    const variant = seed.variant_ids[0]
    log("POST line-items")
    results.add_line_item = assertAllSucceeded("add_line_item", await load({
      method: "POST",
      connections: 10,
      requests: (await newCarts()).map((id) => ({ path: `/store/carts/${id}/line-items`, body: { variant_id: variant, quantity: 1 } })),
    }))
    log("POST cakes")
    results.add_cake = assertAllSucceeded("add_cake", await load({
      method: "POST",
      connections: 10,
      requests: (await newCarts()).map((id) => ({
        path: `/store/carts/${id}/cakes`,
        body: { variant_id: variant, quantity: 1, customization: { message: "Happy birthday", egg_version: "eggless", toppings: ["Sprinkles"] } },
      })),
    }))

    // 4: full checkouts, carts spread over the bakeries.
    const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10)
    const CHECKOUTS = 100
    const carts = await inParallel(Array.from({ length: CHECKOUTS }), 4, async (_, i) => {
      const bakery = i % seed.bakery_ids.length
      const { cart } = await store.post("/store/carts", { region_id: region, email: `checkout-${i}@sweetspot.test` })
      await store.post(`/store/carts/${cart.id}/cakes`, { variant_id: seed.variant_ids[bakery * 25], quantity: 1 })
      await store.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
      const { shipping_options } = await store.get(`/store/shipping-options?cart_id=${cart.id}`)
      const delivery = shipping_options.find((option) => option.type?.code === "delivery")
      await store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: delivery.id })
      const { slots } = await store.get(`/store/bakeries/${seed.bakery_ids[bakery]}/delivery-slots?date=${tomorrow}&cart_id=${cart.id}`)
      return { cart_id: cart.id, starts_at: slots.find((s) => s.available).starts_at }
    })
    log("checkouts")
    results.checkout = assertAllSucceeded("checkout", await runLoad("checkout-load.mjs", { url: server.url, headers: storeHeaders, concurrency: 4, carts }))
    await server.stop()
    server = null

    // 5: the ETA refresh, both backends, against the fake Google.
    for (const backend of ["routes", "distance-matrix"]) {
      log(`refresh-delivery-etas (${backend})`)
      const output = join(work, `refresh-${backend}.json`)
      await execScript("./bench/refresh-etas.ts", [output], database.url, {
        ...env,
        NODE_ENV: "development",
        GOOGLE_MAPS_BACKEND: backend,
        GOOGLE_MAPS_API_KEY: "bench-key",
        GOOGLE_MAPS_BASE_URL: `http://127.0.0.1:${await findFreePort()}`,
        GOOGLE_MAPS_RETRIES: "0",
      })
      results[`refresh_${backend.replace("-", "_")}`] = JSON.parse(readFileSync(output, "utf8"))
    }

    writeFileSync(join(benchDir, "results.json"), JSON.stringify(results, null, 2) + "\n")
    const table = report(results)
    writeFileSync(join(benchDir, "results.md"), table)
    console.log(`\n${table}`)
  } finally {
    await server?.stop()
    await database.stop()
  }
}

function machine() {
  const cpu = cpus()
  return {
    cpu: `${cpu.length} x ${cpu[0]?.model?.trim()}`,
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: process.env.DATABASE_URL ? "DATABASE_URL server" : "embedded-postgres 17",
    date: new Date().toISOString().slice(0, 10),
    commit: (() => {
      try {
        return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim()
      } catch {
        return null
      }
    })(),
  }
}

const ratio = (ours, theirs) => Math.round((ours / theirs) * 100) / 100
const verdict = (ok) => (ok ? "met" : "**missed**")

/** The readable table, with each target and whether it was met. */
export function report(r) {
  const row = (name, ours, baseline, target) => {
    const x = baseline ? ratio(ours.p50_ms, baseline.p50_ms) : null
    return `| ${name} | ${ours.p50_ms} | ${ours.p99_ms} | ${ours.rps} | ${ours.non_2xx + ours.errors} | ${x ?? "-"} | ${target ? `${target} ${verdict(x <= Number(target.slice(2, -1)))}` : "baseline"} |`
  }
  // A month in one call against the 31 one-day calls it replaces, one after the other.
  const monthRow = (ours, day) => {
    const x = ratio(ours.p50_ms, 31 * day.p50_ms)
    return `| \`GET /store/bakeries/:id/calendar\` (31 days) | ${ours.p50_ms} | ${ours.p99_ms} | ${ours.rps} | ${ours.non_2xx + ours.errors} | ${x} of 31 day calls | ≤ 0.2x ${verdict(x <= 0.2)} |`
  }
  const refresh = (name, x, floor) =>
    `| ${name} | ${x.cold.orders} | ${x.cold.wall_ms} | ${x.cold.requests} (floor ${floor}) | ${x.cold.billed_elements} | ${x.cached.requests} / ${x.cached.billed_elements} | ${x.cached.wall_ms} | ${verdict(
      x.cold.billed_elements === x.cold.orders && x.cold.requests === floor && x.cached.requests === 0 && x.cold.wall_ms < 10000
    )} |`
  return [
    `Machine: ${r.machine.cpu}, ${r.machine.memory_gib} GiB, Node ${r.machine.node}, ${r.machine.postgres}; ${r.machine.date}, commit ${r.machine.commit}.`,
    `Data set: ${r.data_set.bakeries} bakeries, ${r.data_set.cakes} products, ${r.data_set.orders} orders. Server: medusa build + medusa start (NODE_ENV=production); load from a separate process, 10 connections.`,
    "",
    "| request | p50 ms | p99 ms | req/s | non-2xx | p50 ratio | target |",
    "|---|---|---|---|---|---|---|",
    row("Medusa `GET /store/products?limit=20` (region prices)", r.products),
    row("`GET /store/cakes?limit=20` (region prices)", r.cakes, r.products, "≤ 1.3x"),
    row("`GET /store/cakes` with bakery, egg, availability and flavour filters", r.cakes_filtered, r.products, "≤ 1.3x"),
    row("Medusa `POST /store/carts/:id/line-items`", r.add_line_item),
    row("`POST /store/carts/:id/cakes`", r.add_cake, r.add_line_item, "≤ 1.5x"),
    row("`GET /store/bakeries/:id/delivery-slots` (one day)", r.slots_day),
    monthRow(r.calendar_month, r.slots_day),
    "",
    `Full checkout (slot + payment session + complete), 4 at a time: ${r.checkout.per_second} checkouts/s, p50 ${r.checkout.p50_ms} ms, p99 ${r.checkout.p99_ms} ms, ${r.checkout.failures} failed of ${r.checkout.checkouts + r.checkout.failures}.`,
    "",
    "| ETA refresh (fake Google) | orders | wall ms | HTTP requests | billed elements | inside TTL: requests / elements | inside TTL: wall ms | target |",
    "|---|---|---|---|---|---|---|---|",
    refresh("Routes API", r.refresh_routes, 10),
    refresh("Distance Matrix (legacy)", r.refresh_distance_matrix, 40),
    "",
  ].join("\n")
}

await main()
