// `npm run bench [-- --quick]`: SweetSpot's routes against Medusa's own, in one run on one machine.
// Builds the app, seeds the benchmark data set into a fresh database, starts the build with
// production settings and drives it from separate processes (autocannon, the checkout driver,
// the mixed load), growing the data set between rounds: the catalog scale curve, conditional
// GETs, the calendar at two order counts, customised adds, contended checkout, the leak check
// and the ETA refresh against the fake Google for both backends. Writes bench/results.json,
// bench/results.md and docs/bench-scale-curve.svg. `--quick` runs every step at its smallest
// size for a few seconds and judges nothing but that every answer is what it should be.
import { execFileSync, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem, tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { findFreePort, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres.mjs"
import { buildApp, execScript, migrateDatabase, startServer } from "../scripts/lib/production-server.mjs"
import { liveHeapAfterCollections, rssGrowth, rssMib } from "./leak.mjs"

const benchDir = fileURLToPath(new URL(".", import.meta.url))
const work = mkdtempSync(join(tmpdir(), "sweetspot-bench-"))
const DATABASE = "sweetspot_bench"
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)
const QUICK = process.argv.includes("--quick")
/** `--eta-only`: the seed and the ETA refresh step alone (no server), e.g. to measure it again. */
const ETA_ONLY = process.argv.includes("--eta-only")
/** `--listings-only`: the catalog scale curve alone (build, seed, the listings at each size), e.g. to measure it again. */
const LISTINGS_ONLY = process.argv.includes("--listings-only")
/**
 * `--trace-heap`: the server runs with `--trace-gc`, and the leak check also reports V8's heap after
 * each full collection (what is live) beside RSS, to tell a leak from V8 keeping more in reserve.
 * Off by default: the trace costs the server a little on every step.
 */
const TRACE_HEAP = process.argv.includes("--trace-heap")

/** Sizes and durations: the issue's in a full run, the smallest that still exercise every step in quick mode. */
const PLAN = QUICK
  ? { cakes: [100], orders: [200, 1000], deliveries: { bakeries: 10, per_bakery: 10 }, leak: { seconds: 20, streams: 20 }, warmup: 2, duration: 5, carts: 20, pages: 4 }
  : { cakes: [500, 5000, 20000], orders: [2000, 50000], deliveries: { bakeries: 100, per_bakery: 100 }, leak: { seconds: 300, streams: 200 }, warmup: 3, duration: 10, carts: 300, pages: 40 }

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

/** A figure measured on error answers would be meaningless: stop instead. `expected` is the one status every answer must have, else any 2xx. */
function assertAllSucceeded(name, result, expected) {
  const codes = Object.entries(result.status_codes ?? {})
  const wrong = expected ? codes.filter(([code]) => Number(code) !== expected).reduce((n, [, count]) => n + count, 0) : result.non_2xx
  // A load that got no answer at all within its time measured nothing either.
  if (wrong || result.errors || result.failures || result.requests === 0) {
    throw new Error(`${name}: ${wrong || result.failures} failed answers ${JSON.stringify(result.status_codes ?? result.first_failure)}`)
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

/** JSON calls to the server that `base()` names (it moves on each restart). */
function client(base, headers) {
  const call = async (method, path, body) => {
    const response = await fetch(`${base()}${path}`, {
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
  // The load comes from one address: lift the per-address rate limits, which would turn it into 429s,
  // and the live streams one caller may hold (the leak check holds hundreds from one process).
  // Production refuses default secrets: the bench's own are random for each run.
  const env = {
    LOG_LEVEL: "error",
    NODE_ENV: "production",
    DISABLE_MEDUSA_ADMIN: "true",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    RATE_LIMIT_AUTH_REQUESTS: "1000000000",
    RATE_LIMIT_CART_REQUESTS: "1000000000",
    STREAM_MAX_PER_CUSTOMER: "100000",
  }
  const scriptEnv = { ...env, NODE_ENV: "development" }
  let server
  const results = { quick: QUICK, machine: machine(), plan: PLAN, scale: [], calendar: [] }
  try {
    // Built in every mode: the migrations run from the build.
    log(`medusa build${QUICK ? " (quick mode)" : ""}`)
    await buildApp(env)
    log("migrations and the benchmark data set")
    await migrateDatabase(database.url, env)
    const seedFile = join(work, "seed.json")
    await execScript("./bench/seed-bench-data.ts", [seedFile], database.url, {
      ...scriptEnv,
      BENCH_CAKES: String(PLAN.cakes[0]),
      BENCH_ORDERS: String(PLAN.orders[0]),
    })
    const seed = JSON.parse(readFileSync(seedFile, "utf8"))
    results.load_average_at_start = loadavg().map((x) => Math.round(x * 100) / 100)
    if (ETA_ONLY) {
      await etaRefresh(results, seedFile, database, scriptEnv)
      results.load_average_at_end = loadavg().map((x) => Math.round(x * 100) / 100)
      writeFileSync(join(benchDir, "results.eta.json"), JSON.stringify(results, null, 2) + "\n")
      log(`ETA figures: ${join(benchDir, "results.eta.json")}`)
      return
    }

    const start = async () => {
      server = await startServer({ databaseUrl: database.url, port: await findFreePort(), env, nodeArgs: TRACE_HEAP ? ["--trace-gc"] : [] })
      log(`medusa start on ${server.url}`)
    }
    const stop = async () => {
      await server.stop()
      server = null
    }
    await start()
    const storeHeaders = { "x-publishable-api-key": seed.publishable_key }
    const store = client(() => server.url, storeHeaders)
    const region = seed.region_id
    const load = (config) => runLoad("load.mjs", { url: server.url, headers: storeHeaders, ...config })
    /** A warm-up, then the measured run; every answer must be `expected` (or any 2xx). */
    // What is measured so far, after each step: a run stopped halfway still leaves its figures.
    const checkpoint = () => writeFileSync(join(work, "results.partial.json"), JSON.stringify(results, null, 2))
    log(`figures so far: ${join(work, "results.partial.json")}`)
    const measure = async (name, path, extra = {}, expected) => {
      await load({ path, duration: PLAN.warmup, ...extra })
      log(`GET ${name}`)
      const result = assertAllSucceeded(name, await load({ path, duration: PLAN.duration, ...extra }), expected)
      checkpoint()
      return result
    }
    const listings = async (cakes) => {
      log(`catalog of ${cakes} cakes`)
      const point = { cakes }
      // In the figures before it is measured, so a stopped run's checkpoint keeps each half measured.
      results.scale.push(point)
      // Medusa's product listing takes over 10 s a request at 20,000 products under this load: a longer
      // window for the largest catalogs, so that it answers some requests within it (1.5 s per 1,000 cakes).
      const duration = { duration: Math.max(PLAN.duration, Math.round((cakes * 1.5) / 1000)) }
      point.products = await measure(`products (${cakes})`, `/store/products?limit=20&region_id=${region}`, duration)
      point.cakes_listing = await measure(`cakes (${cakes})`, `/store/cakes?limit=20&region_id=${region}`, duration)
      // Pages asked once each: nothing in Medusa's query cache for them.
      const pages = (path) => ({
        requests: Array.from({ length: Math.min(PLAN.pages, Math.floor(cakes / 20) - 1) }, (_, k) => ({ path: `${path}&offset=${(k + 1) * 20}` })),
      })
      log(`new pages (${cakes})`)
      point.products_pages = assertAllSucceeded(`products pages (${cakes})`, await load(pages(`/store/products?limit=20&region_id=${region}`)))
      point.cakes_pages = assertAllSucceeded(`cakes pages (${cakes})`, await load(pages(`/store/cakes?limit=20&region_id=${region}`)))
      checkpoint()
      return point
    }
    const firstDay = new Date(Date.now() + 86400000).toISOString().slice(0, 10)
    const lastDay = new Date(Date.now() + 31 * 86400000).toISOString().slice(0, 10)
    const calendarPaths = {
      slots_day: `/store/bakeries/${seed.bakery_ids[0]}/delivery-slots?date=${firstDay}`,
      calendar_month: `/store/bakeries/${seed.bakery_ids[0]}/calendar?from=${firstDay}&to=${lastDay}`,
    }
    const calendar = async (orders) => {
      const point = { orders }
      for (const [name, path] of Object.entries(calendarPaths)) {
        point[name] = await measure(`${name} (${orders} orders)`, path)
      }
      results.calendar.push(point)
    }

    if (LISTINGS_ONLY) {
      await listings(PLAN.cakes[0])
      for (const cakes of PLAN.cakes.slice(1)) {
        await stop()
        log(`catalog up to ${cakes} cakes`)
        await execScript("./bench/grow-catalog.ts", [seedFile, String(cakes)], database.url, scriptEnv)
        await start()
        await listings(cakes)
      }
      results.load_average_at_end = loadavg().map((x) => Math.round(x * 100) / 100)
      writeFileSync(join(work, "results.json"), JSON.stringify(results, null, 2) + "\n")
      console.log(`\n${report(results)}\n\nfigures: ${join(work, "results.json")}`)
      return
    }

    // 1. The smallest catalog, and the filtered listing once.
    await listings(PLAN.cakes[0])
    results.cakes_filtered = await measure(
      "cakes filtered",
      `/store/cakes?limit=20&region_id=${region}&bakery_id=${seed.bakery_ids[3]}&egg_option=eggless&is_available=true&flavour=chocolate`
    )

    // 2. Conditional GETs: a revalidation that still matches against the full answer.
    const etagOf = async (path) => {
      const response = await fetch(`${server.url}${path}`, { headers: storeHeaders })
      if (!response.ok || !response.headers.get("etag")) throw new Error(`GET ${path}: ${response.status}, ETag ${response.headers.get("etag")}`)
      return response.headers.get("etag")
    }
    const cakesPath = `/store/cakes?limit=20&region_id=${region}`
    results.revalidate_cakes = await measure("cakes revalidation (304)", cakesPath, { headers: { ...storeHeaders, "if-none-match": await etagOf(cakesPath) } }, 304)
    results.revalidate_calendar = await measure(
      "calendar revalidation (304)",
      calendarPaths.calendar_month,
      // The calendar's ETag holds for the minute: ask for it again just before each run.
      { headers: { ...storeHeaders, "if-none-match": await etagOf(calendarPaths.calendar_month) }, duration: Math.min(PLAN.duration, 8) },
      304
    ).catch(async (error) => {
      log(`calendar revalidation crossed a minute (${error.message}); measuring again`)
      return measure("calendar revalidation (304)", calendarPaths.calendar_month, { headers: { ...storeHeaders, "if-none-match": await etagOf(calendarPaths.calendar_month) }, duration: Math.min(PLAN.duration, 8) }, 304)
    })

    // 3. The calendar at the first order count.
    await calendar(PLAN.orders[0])

    // 4. Adding to an empty cart, each request its own cart.
    const newCarts = () => inParallel(Array.from({ length: PLAN.carts }), 8, () => store.post("/store/carts", { region_id: region }).then((r) => r.cart.id))
    const variant = seed.variant_ids[0]
    log("POST line-items")
    results.add_line_item = assertAllSucceeded("add_line_item", await load({
      method: "POST",
      requests: (await newCarts()).map((id) => ({ path: `/store/carts/${id}/line-items`, body: { variant_id: variant, quantity: 1 } })),
    }))
    log("POST cakes")
    results.add_cake = assertAllSucceeded("add_cake", await load({
      method: "POST",
      requests: (await newCarts()).map((id) => ({
        path: `/store/carts/${id}/cakes`,
        body: { variant_id: variant, quantity: 1, customization: { message: "Happy birthday", egg_version: "eggless", toppings: ["Sprinkles"] } },
      })),
    }))

    // 5. Checkout: 40 shoppers on one bakery-day with capacity 20, 8 at a time, against 40 spread over 40 bakery-days.
    const staff = { authorization: `Bearer ${await adminToken(server.url)}` }
    const admin = client(() => server.url, staff)
    const contendedBakery = seed.bakery_ids[1]
    await admin.post(`/admin/bakeries/${contendedBakery}`, { daily_capacity: 20 })
    const dayAfter = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10)
    const prepare = (bakeryIndexOf, dayOf) =>
      inParallel(Array.from({ length: 40 }), 4, async (_, i) => {
        const bakery = bakeryIndexOf(i)
        const { cart } = await store.post("/store/carts", { region_id: region, email: `checkout-${randomBytes(4).toString("hex")}@sweetspot.test` })
        await store.post(`/store/carts/${cart.id}/cakes`, { variant_id: seed.variant_ids[bakery * seed.cakes_per_bakery], quantity: 1 })
        await store.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
        const { shipping_options } = await store.get(`/store/shipping-options?cart_id=${cart.id}`)
        const delivery = shipping_options.find((option) => option.type?.code === "delivery")
        await store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: delivery.id })
        const { slots } = await store.get(`/store/bakeries/${seed.bakery_ids[bakery]}/delivery-slots?date=${dayOf(i)}&cart_id=${cart.id}`)
        const open = slots.filter((s) => s.available)
        return { cart_id: cart.id, starts_at: open[i % open.length].starts_at }
      })
    log("contended checkout: 40 shoppers, one bakery-day of capacity 20")
    const contendedCarts = await prepare(() => 1, () => dayAfter(2))
    results.checkout_contended = await runLoad("checkout-load.mjs", { url: server.url, headers: storeHeaders, concurrency: 8, carts: contendedCarts })
    log("spread checkout: 40 shoppers over 40 bakery-days")
    // Bakery 1 has capacity 20 now: the spread load uses the other bakeries (19 x 2 days + 2 more days).
    const others = seed.bakery_ids.map((_, b) => b).filter((b) => b !== 1)
    const spreadCarts = await prepare((i) => others[i % others.length], (i) => dayAfter(3 + Math.floor(i / others.length)))
    checkpoint()
    results.checkout_spread = assertAllSucceeded("checkout_spread", await runLoad("checkout-load.mjs", { url: server.url, headers: storeHeaders, concurrency: 8, carts: spreadCarts }))
    const contended = results.checkout_contended
    if (contended.checkouts !== 20 || contended.refused_4xx !== 20 || contended.faults_5xx !== 0) {
      throw new Error(`contended checkout: ${contended.checkouts} orders, ${contended.refused_4xx} 4xx, ${contended.faults_5xx} 5xx, ${contended.not_completed_200} refused with 200 (${contended.first_failure})`)
    }

    // 6. The leak check: server RSS over a mixed load with open streams.
    log(`mixed load for ${PLAN.leak.seconds} s with ${PLAN.leak.streams} open streams`)
    results.leak = await leakCheck(server, { url: server.url, headers: storeHeaders, stream_headers: staff, seconds: PLAN.leak.seconds, streams: PLAN.leak.streams, order_ids: seed.order_ids, region_id: region, variant_id: variant, bakery_id: seed.bakery_ids[0], date: dayAfter(1) })
    checkpoint()
    if (results.leak.load.failures) {
      throw new Error(`mixed load: ${results.leak.load.failures} failures (${results.leak.load.first_failure})`)
    }

    // 7. More bookings (the calendar again) and larger catalogs (the listings again), each grown with the server stopped.
    for (const [k, cakes] of PLAN.cakes.slice(1).entries()) {
      await stop()
      if (k === 0) {
        log(`bookings up to ${PLAN.orders[1]}`)
        await execScript("./bench/grow-bookings.ts", [seedFile, String(PLAN.orders[1])], database.url, scriptEnv)
      }
      log(`catalog up to ${cakes} cakes`)
      await execScript("./bench/grow-catalog.ts", [seedFile, String(cakes)], database.url, scriptEnv)
      await start()
      if (k === 0) {
        await calendar(PLAN.orders[1])
      }
      await listings(cakes)
    }
    if (PLAN.cakes.length === 1) {
      await stop()
      await execScript("./bench/grow-bookings.ts", [seedFile, String(PLAN.orders[1])], database.url, scriptEnv)
      await start()
      await calendar(PLAN.orders[1])
    }
    await stop()

    // 8. The ETA refresh, both backends, against the fake Google.
    await etaRefresh(results, seedFile, database, scriptEnv)
    results.load_average_at_end = loadavg().map((x) => Math.round(x * 100) / 100)

    const table = report(results)
    if (QUICK) {
      // A quick run proves the bench still works; it leaves the last full run's figures and chart alone.
      writeFileSync(join(work, "results.json"), JSON.stringify(results, null, 2) + "\n")
      writeFileSync(join(work, "results.md"), table)
      log(`quick run's figures (not judged): ${work}`)
    } else {
      writeFileSync(join(benchDir, "results.json"), JSON.stringify(results, null, 2) + "\n")
      writeFileSync(join(benchDir, "results.md"), table)
      writeFileSync(join(benchDir, "..", "docs", "bench-scale-curve.svg"), scaleCurveSvg(results))
    }
    console.log(`\n${table}`)
  } finally {
    await server?.stop()
    await database.stop()
  }
}

/** Orders out for delivery, then refresh-delivery-etas cold and inside the TTL for both backends, against the fake Google. */
async function etaRefresh(results, seedFile, database, scriptEnv) {
  log(`orders out for delivery: ${PLAN.deliveries.bakeries} bakeries x ${PLAN.deliveries.per_bakery}`)
  const deliveriesFile = join(work, "deliveries.json")
  await execScript("./bench/seed-deliveries.ts", [seedFile, String(PLAN.deliveries.bakeries), String(PLAN.deliveries.per_bakery), deliveriesFile], database.url, scriptEnv)
  results.deliveries = JSON.parse(readFileSync(deliveriesFile, "utf8"))
  for (const backend of ["routes", "distance-matrix"]) {
    log(`refresh-delivery-etas (${backend})`)
    const output = join(work, `refresh-${backend}.json`)
    await execScript("./bench/refresh-etas.ts", [output], database.url, {
      ...scriptEnv,
      GOOGLE_MAPS_BACKEND: backend,
      GOOGLE_MAPS_API_KEY: "bench-key",
      GOOGLE_MAPS_BASE_URL: `http://127.0.0.1:${await findFreePort()}`,
      GOOGLE_MAPS_RETRIES: "0",
    })
    results[`refresh_${backend.replace("-", "_")}`] = JSON.parse(readFileSync(output, "utf8"))
    writeFileSync(join(work, "results.partial.json"), JSON.stringify(results, null, 2))
  }
}

/** A staff token, for the one admin change the bench makes (a bakery's capacity). */
async function adminToken(url) {
  const response = await fetch(`${url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: process.env.MEDUSA_ADMIN_EMAIL || "admin@sweetspot.local", password: process.env.MEDUSA_ADMIN_PASSWORD || "sweetspot-admin" }),
  })
  const json = await response.json()
  if (!json.token) throw new Error(`admin login: ${response.status} ${json.message}`)
  return json.token
}

/** Runs the mixed load while sampling the server's RSS every few seconds (and, with `--trace-heap`, its live heap). */
async function leakCheck(server, plan) {
  const samples = []
  const every = Math.max(1, Math.round(plan.seconds / 60)) * 1000
  const started = Date.now()
  const fromChunk = server.logs.length
  const chunkSeconds = [] // the second each output chunk had arrived by (index: the chunk's in server.logs)
  const timer = setInterval(() => {
    const at_s = Math.round((Date.now() - started) / 1000)
    samples.push({ at_s, rss_mib: rssMib(server.pid) })
    while (chunkSeconds.length < server.logs.length) chunkSeconds.push(at_s)
  }, every)
  try {
    const load = await runLoad("mixed-load.mjs", plan)
    const heap = TRACE_HEAP ? liveHeapAfterCollections(server.logs, fromChunk, (i) => chunkSeconds[i] ?? plan.seconds) : undefined
    return { load, samples, heap, ...rssGrowth(samples, plan.seconds) }
  } finally {
    clearInterval(timer)
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
const floorOf = (perOrigin, perRequest) => perOrigin.reduce((sum, n) => sum + Math.ceil(n / perRequest), 0)
/** Destinations per request with coordinates: Routes API 625 elements, legacy Distance Matrix 25 destinations. */
const PER_REQUEST = { routes: 625, distance_matrix: 25 }

/** The readable tables, with each target and whether it was met (not judged in quick mode). */
export function report(r) {
  const verdict = (ok) => (r.quick ? "not judged (quick)" : ok ? "met" : "**missed**")
  const m = r.machine
  const notReached = []
  /** A part of the run's figures, or a note that the run stopped before it. */
  const part = (present, name, lines) => {
    if (present) return lines()
    notReached.push(name)
    return []
  }
  const row = (name, x, target, ok) => `| ${name} | ${x.p50_ms} | ${x.p99_ms} | ${x.rps} | ${target} | ${ok === undefined ? "-" : verdict(ok)} |`
  const refresh = (name, x, perRequest) => {
    const floor = floorOf(r.deliveries.per_origin, perRequest)
    const ok = x.cold.requests === floor && x.cold.billed_elements === x.cold.orders && x.cold.orders === r.deliveries.orders && x.cold.wall_ms < 10000 && x.cached.requests === 0 && (x.cached.written ?? 0) === 0 && x.cached.wall_ms < 1000
    // Figures from before the refresh answered what it wrote have no count of writes.
    const written = (run) => (run.written === undefined ? "" : ` / ${run.written}`)
    return `| ${name} | ${x.cold.orders} | ${x.cold.wall_ms}${written(x.cold)} | ${x.cold.requests} (floor ${floor}) | ${x.cold.billed_elements} | ${x.cached.requests} / ${x.cached.billed_elements}${written(x.cached)} | ${x.cached.wall_ms} | ${verdict(ok)} |`
  }
  const measured = r.scale.filter((p) => p.products && p.cakes_listing)
  const first = measured[0]
  const last = measured[measured.length - 1]
  const fullListing = first?.cakes_listing
  const fullMonth = r.calendar[0]?.calendar_month
  const lines = [
    "",
    ...part(r.scale.some((p) => p.products), "catalog scale curve", () => [
      "Catalog scale curve (`GET ?limit=20` with region prices; p50 ms):",
      "",
      "| cakes in the shop | Medusa `/store/products` | `/store/cakes` | ratio | target ≤ 0.8x |",
      "|---|---|---|---|---|",
      ...r.scale.filter((p) => p.products).map((p) => `| ${p.cakes} | ${p.products.p50_ms} | ${p.cakes_listing?.p50_ms ?? "-"} | ${p.cakes_listing ? ratio(p.cakes_listing.p50_ms, p.products.p50_ms) : "-"} | ${p.cakes_listing ? verdict(p.cakes_listing.p50_ms <= 0.8 * p.products.p50_ms) : "not reached"} |`),
      ...(measured.length > 1
        ? [`| growth ${first.cakes} → ${last.cakes} | ${ratio(last.products.p50_ms, first.products.p50_ms)}x | ${ratio(last.cakes_listing.p50_ms, first.cakes_listing.p50_ms)}x | | no worse than Medusa's: ${verdict(ratio(last.cakes_listing.p50_ms, first.cakes_listing.p50_ms) <= ratio(last.products.p50_ms, first.products.p50_ms))} |`]
        : []),
      "",
      "New pages, each asked once (`&offset=20`, 40, ...: nothing in Medusa's query cache for them; no target; p50 ms):",
      "",
      "| cakes in the shop | pages | Medusa `/store/products` | `/store/cakes` | ratio |",
      "|---|---|---|---|---|",
      ...r.scale.filter((p) => p.products_pages && p.cakes_pages).map((p) => `| ${p.cakes} | ${p.cakes_pages.requests} | ${p.products_pages.p50_ms} | ${p.cakes_pages.p50_ms} | ${ratio(p.cakes_pages.p50_ms, p.products_pages.p50_ms)} |`),
      "",
    ]),
    "| request | p50 ms | p99 ms | req/s | target | verdict |",
    "|---|---|---|---|---|---|",
    ...part(r.cakes_filtered, "filtered listing", () => [row("`GET /store/cakes` with bakery, egg, availability and flavour filters", r.cakes_filtered, "-")]),
    ...part(r.revalidate_cakes && fullListing, "cake listing revalidation", () => [
      row(`\`GET /store/cakes\` revalidation (304), against ${fullListing.p50_ms} ms full`, r.revalidate_cakes, `≤ 0.2x: ${ratio(r.revalidate_cakes.p50_ms, fullListing.p50_ms)}x`, r.revalidate_cakes.p50_ms <= 0.2 * fullListing.p50_ms),
    ]),
    ...part(r.revalidate_calendar && fullMonth, "calendar revalidation", () => [
      row(`\`GET /store/bakeries/:id/calendar\` revalidation (304), against ${fullMonth.p50_ms} ms full`, r.revalidate_calendar, `≤ 0.2x: ${ratio(r.revalidate_calendar.p50_ms, fullMonth.p50_ms)}x`, r.revalidate_calendar.p50_ms <= 0.2 * fullMonth.p50_ms),
    ]),
    ...part(r.add_cake, "customised add", () => [
      row("Medusa `POST /store/carts/:id/line-items`", r.add_line_item, "baseline"),
      row("`POST /store/carts/:id/cakes` (customised)", r.add_cake, `≤ 1.1x: ${ratio(r.add_cake.p50_ms, r.add_line_item.p50_ms)}x`, r.add_cake.p50_ms <= 1.1 * r.add_line_item.p50_ms),
    ]),
    ...r.calendar.flatMap((p) => [
      row(`\`GET /store/bakeries/:id/delivery-slots\` (one day), ${p.orders} orders`, p.slots_day, "baseline"),
      ...(p.calendar_month
        ? [row(`\`GET /store/bakeries/:id/calendar\` (31 days), ${p.orders} orders`, p.calendar_month, `≤ 3x: ${ratio(p.calendar_month.p50_ms, p.slots_day.p50_ms)}x`, p.calendar_month.p50_ms <= 3 * p.slots_day.p50_ms)]
        : []),
    ]),
    ...part(r.calendar.length >= 2, `calendar at ${r.plan.orders[1]} orders`, () => []),
    ...part(measured.length === r.plan.cakes.length, `listings at ${r.plan.cakes.filter((n) => !measured.some((p) => p.cakes === n)).join(" and ")} cakes`, () => []),
    "",
    ...part(r.checkout_contended && r.checkout_spread, "contended checkout", () => {
      const c = r.checkout_contended
      const spread = r.checkout_spread
      const throughput = ratio(c.answered_per_second, spread.answered_per_second)
      return [
        "| checkout, 8 at a time (slot + payment session + complete) | shoppers | orders | clean 4xx | 5xx | checkouts/s | p50 ms | target | verdict |",
        "|---|---|---|---|---|---|---|---|---|",
        `| one bakery-day, capacity 20 | 40 | ${c.checkouts} | ${c.refused_4xx} | ${c.faults_5xx} | ${c.answered_per_second} (${c.per_second} orders/s) | ${c.p50_ms} | 20 / 20 / 0; ≥ 0.7x spread: ${throughput}x | ${verdict(c.checkouts === 20 && c.refused_4xx === 20 && c.faults_5xx === 0 && throughput >= 0.7)} |`,
        `| spread over 40 bakery-days | 40 | ${spread.checkouts} | ${spread.refused_4xx} | ${spread.faults_5xx} | ${spread.answered_per_second} (${spread.per_second} orders/s) | ${spread.p50_ms} | baseline | - |`,
        "",
        "Checkouts/s counts every shopper's checkout answered (an order or a clean refusal): the contended load can only ever make 20 orders of its 40 shoppers.",
        "",
      ]
    }),
    ...part(r.leak, "leak check", () => {
      const rss = rssGrowth(r.leak.samples, r.plan.leak.seconds)
      return [
      `Leak check: ${r.plan.leak.seconds} s of listings, customised adds and checkouts with ${r.leak.load.streams_opened} live streams open (${r.leak.load.listings} listings, ${r.leak.load.adds} adds, ${r.leak.load.checkouts} checkouts, ${r.leak.load.failures} failures): server RSS (lowest sample of the window, after a collection) ${rss.early_mib} MiB around the end of the first fifth, ${rss.late_mib} MiB in the last fifth, ${rss.growth_percent}% (target < 5%: ${verdict(rss.growth_percent < 5)}); samples every ${Math.round(r.plan.leak.seconds / 60)} s: ${r.leak.samples.map((s) => s.rss_mib).join(" ")} MiB.`,
      ...(r.leak.heap
        ? [
            "",
            `V8 heap after each full collection (\`--trace-heap\`), second of the load: live / reserved MiB: ${r.leak.heap.map((h) => `${h.at_s}s ${h.live_mib}/${h.reserved_mib}`).join(", ")}.`,
          ]
        : []),
      "",
      ]
    }),
    ...part(r.refresh_routes && r.refresh_distance_matrix, "ETA refresh", () => [
      `ETA refresh: ${r.deliveries.orders} orders out for delivery over ${r.deliveries.bakeries} bakeries, ${r.deliveries.with_driver} of them with a driver's fresh position (one request origin each).`,
      "",
      "| ETA refresh (fake Google) | orders | cold: wall ms / estimates written | HTTP requests | billed elements | inside TTL: requests / elements / estimates written | inside TTL: wall ms | target: floor, elements = orders, < 10 s cold; 0 and < 1 s inside TTL |",
      "|---|---|---|---|---|---|---|---|",
      refresh("Routes API", r.refresh_routes, PER_REQUEST.routes),
      refresh("Distance Matrix (legacy)", r.refresh_distance_matrix, PER_REQUEST.distance_matrix),
      "",
    ]),
  ]
  const loadAverage = `load average ${r.load_average_at_start.join(" / ")} at the start${r.load_average_at_end ? `, ${r.load_average_at_end.join(" / ")} at the end` : ""}`
  return [
    `Machine: ${m.cpu}, ${m.memory_gib} GiB, Node ${m.node}, ${m.postgres}; ${m.date}, commit ${m.commit}; ${loadAverage}${r.quick ? ". **Quick mode**: smallest sizes, short loads, targets not judged." : "."}`,
    `Server: medusa build (no admin) + medusa start (NODE_ENV=production); load from separate processes, 10 connections, ${r.plan.duration} s per listing after ${r.plan.warmup} s of warm-up.`,
    ...(notReached.length ? ["", `**This run stopped before the end**; not reached: ${notReached.join(", ")}.`] : []),
    ...lines,
  ].join("\n")
}

/** The scale curves as a hand-written SVG: p50 against catalog size (log scale), SweetSpot's cakes and Medusa's products. */
export function scaleCurveSvg(r) {
  const W = 640
  const H = 360
  const pad = { left: 64, right: 24, top: 40, bottom: 56 }
  const scale = r.scale.filter((p) => p.products && p.cakes_listing)
  r = { ...r, scale }
  const sizes = r.scale.map((p) => p.cakes)
  const values = r.scale.flatMap((p) => [p.products.p50_ms, p.cakes_listing.p50_ms])
  const maxY = Math.max(1, ...values) * 1.15
  const [minX, maxX] = [Math.min(...sizes), Math.max(...sizes)]
  const x = (n) => (minX === maxX ? (pad.left + W - pad.right) / 2 : pad.left + ((Math.log10(n) - Math.log10(minX)) / (Math.log10(maxX) - Math.log10(minX))) * (W - pad.left - pad.right))
  const y = (ms) => H - pad.bottom - (ms / maxY) * (H - pad.top - pad.bottom)
  const series = [
    { name: "Medusa GET /store/products", color: "#6b7280", pick: (p) => p.products.p50_ms, dash: ' stroke-dasharray="6 4"' },
    { name: "SweetSpot GET /store/cakes", color: "#db2777", pick: (p) => p.cakes_listing.p50_ms, dash: "" },
  ]
  const ticks = Array.from({ length: 5 }, (_, i) => Math.round((maxY / 4) * i))
  const esc = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;")
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">p50 of ?limit=20 with region prices against catalog size${r.quick ? " (quick mode)" : ""}</text>`,
    ...ticks.map((t) => `<line x1="${pad.left}" x2="${W - pad.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e7eb"/><text x="${pad.left - 8}" y="${y(t) + 4}" text-anchor="end">${t}</text>`),
    ...sizes.map((n) => `<text x="${x(n)}" y="${H - pad.bottom + 18}" text-anchor="middle">${n.toLocaleString("en")}</text>`),
    `<text x="${W / 2}" y="${H - 14}" text-anchor="middle">cakes in the shop (log scale)</text>`,
    `<text x="16" y="${H / 2}" text-anchor="middle" transform="rotate(-90 16 ${H / 2})">p50 ms</text>`,
    `<line x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${H - pad.bottom}" stroke="#374151"/>`,
    `<line x1="${pad.left}" x2="${W - pad.right}" y1="${H - pad.bottom}" y2="${H - pad.bottom}" stroke="#374151"/>`,
    ...series.flatMap((s, i) => [
      `<polyline fill="none" stroke="${s.color}" stroke-width="2.5"${s.dash} points="${r.scale.map((p) => `${x(p.cakes).toFixed(1)},${y(s.pick(p)).toFixed(1)}`).join(" ")}"/>`,
      ...r.scale.map((p) => `<circle cx="${x(p.cakes).toFixed(1)}" cy="${y(s.pick(p)).toFixed(1)}" r="4" fill="${s.color}"><title>${esc(s.name)}: ${s.pick(p)} ms at ${p.cakes} cakes</title></circle>`),
      `<line x1="${pad.left + 16}" x2="${pad.left + 40}" y1="${pad.top + 8 + i * 18}" y2="${pad.top + 8 + i * 18}" stroke="${s.color}" stroke-width="2.5"${s.dash}/>`,
      `<text x="${pad.left + 46}" y="${pad.top + 12 + i * 18}">${esc(s.name)}</text>`,
    ]),
    `<text x="${W - pad.right}" y="${pad.top + 12}" text-anchor="end" fill="#6b7280">${esc(`${r.machine.date}, commit ${r.machine.commit}`)}</text>`,
    "</svg>",
    "",
  ].join("\n")
}

// `node bench/run.mjs --report <results.json>`: the tables and the chart again from a run's figures (a
// stopped run's results.partial.json too).
const reportFrom = process.argv.indexOf("--report")
if (reportFrom > 0) {
  const results = JSON.parse(readFileSync(process.argv[reportFrom + 1], "utf8"))
  writeFileSync(join(benchDir, "results.md"), report(results))
  writeFileSync(join(benchDir, "..", "docs", "bench-scale-curve.svg"), scaleCurveSvg(results))
  console.log(report(results))
} else {
  await main()
}
