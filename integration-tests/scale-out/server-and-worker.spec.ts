import { AxiosInstance } from "axios"
import Redis from "ioredis"
import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { adminApi, ADMIN, placeCakeOrder, testDatabaseUrl } from "../browser/admin-session"
import { LONDON_ADDRESS } from "../helpers/shopper"
import { hasRedis, missingPrerequisite } from "../helpers/prerequisites"
import { fulfilOrder } from "../helpers/dispatch"

jest.setTimeout(10 * 60 * 1000)

/** The Redis this suite uses (a database of its own); Redis must be running, `.ci/run` starts it. */
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379/7"

type Server = { url: string; stop: () => Promise<void>; logs: string[] }

/** Waits for `probe` to answer something, checking again after each short pause; fails after `timeoutMs`. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}

/**
 * Scale-out as the README describes it: one `medusa start` in server mode takes the
 * HTTP traffic, one in worker mode runs subscribers, workflows and jobs, both on the
 * same PostgreSQL and Redis. The two are told apart by their settings: only the
 * worker's outbox folder and the worker's handover time can show up in the results.
 */
const noRedis = missingPrerequisite(`Redis (${REDIS_URL})`, "Start redis-server or set TEST_REDIS_URL; .ci/run starts it.", hasRedis(REDIS_URL))

;(noRedis ? describe.skip : describe)("a server process and a worker process on Redis", () => {
  let server: Server
  let worker: Server
  let api: AxiosInstance
  const serverOutbox = mkdtempSync(join(tmpdir(), "sweetspot-server-outbox-"))
  const workerOutbox = mkdtempSync(join(tmpdir(), "sweetspot-worker-outbox-"))

  beforeAll(async () => {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
    try {
      await redis.connect()
      await redis.flushdb()
    } catch (error) {
      throw new Error(`Redis is not reachable at ${REDIS_URL} (${(error as Error).message}): start redis-server, as .ci/run does`)
    } finally {
      redis.disconnect()
    }

    const { buildApp, prepareDatabase, startServer } = await import("../../scripts/lib/production-server.mjs")
    const { findFreePort } = await import("../../scripts/lib/embedded-postgres.mjs")
    const databaseUrl = testDatabaseUrl(`sweetspot_scale_out_${process.pid}`)
    const env = {
      NODE_ENV: "test",
      REDIS_URL,
      MEDUSA_ADMIN_EMAIL: ADMIN.email,
      MEDUSA_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: "error",
      DISABLE_MEDUSA_ADMIN: "true",
    }
    await buildApp(env)
    await prepareDatabase(databaseUrl, env)
    worker = await startServer({
      databaseUrl,
      port: await findFreePort(),
      env: { ...env, MEDUSA_WORKER_MODE: "worker", MAIL_OUTBOX_DIR: workerOutbox, ETA_HANDOVER_MINUTES: "47" },
    })
    server = await startServer({
      databaseUrl,
      port: await findFreePort(),
      env: { ...env, MEDUSA_WORKER_MODE: "server", MAIL_OUTBOX_DIR: serverOutbox, ETA_HANDOVER_MINUTES: "3" },
    })
    api = await adminApi(server.url)
  })

  afterAll(async () => {
    await server?.stop()
    await worker?.stop()
  })

  it("places an order through the server and gets its email and ETA from the worker", async () => {
    const { order, store, shopper } = await placeCakeOrder(server.url, api, {
      email: "scale@sweetspot.test",
      handle: "lemon-drizzle",
      customize: () => ({ message: "Scaled out" }),
      address: { ...LONDON_ADDRESS, metadata: { latitude: 51.52, longitude: -0.07 } },
    })

    const confirmation = await eventually("the order confirmation in the worker's outbox", async () =>
      readdirSync(workerOutbox).find((f) => f.includes("order-confirmation") && f.endsWith(".html"))
    )
    expect(confirmation).toContain("scale@sweetspot.test")
    expect(readdirSync(serverOutbox)).toEqual([])

    await (await fulfilOrder(api, order.id)).ship()

    const estimate = await eventually("the first ETA, computed by the worker on shipment.created", async () => {
      const { data } = await store.get(`/store/orders/${order.id}/delivery`, { headers: shopper })
      return data.delivery.estimate ?? undefined
    })
    expect(estimate.source).toEqual("fallback")
    // The fallback adds the handover time of the process that computed it: the worker's 47 minutes.
    expect(estimate.duration_seconds).toBeGreaterThanOrEqual(47 * 60)
    await eventually("the out-for-delivery email in the worker's outbox", async () =>
      readdirSync(workerOutbox).find((f) => f.includes("out-for-delivery")) ?? undefined
    )
    expect(readdirSync(serverOutbox)).toEqual([])
  })
})
