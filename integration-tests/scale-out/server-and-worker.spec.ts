import { AxiosInstance } from "axios"
import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { adminApi, placeCakeOrder } from "../browser/admin-session"
import { LONDON_ADDRESS } from "../helpers/shopper"
import { hasRedis, missingPrerequisite } from "../helpers/prerequisites"
import { fulfilOrder } from "../helpers/dispatch"
import { eventually } from "../helpers/eventually"
import { AppProcess, redisCluster, TEST_REDIS_URL } from "../helpers/redis-cluster"

jest.setTimeout(10 * 60 * 1000)

/**
 * Scale-out as the README describes it: one `medusa start` in server mode takes the
 * HTTP traffic, one in worker mode runs subscribers, workflows and jobs, both on the
 * same PostgreSQL and Redis. The two are told apart by their settings: only the
 * worker's outbox folder and the worker's handover time can show up in the results.
 */
const noRedis = missingPrerequisite(`Redis (${TEST_REDIS_URL})`, "Start redis-server or set TEST_REDIS_URL; .ci/run starts it.", hasRedis(TEST_REDIS_URL))

;(noRedis ? describe.skip : describe)("a server process and a worker process on Redis", () => {
  let server: AppProcess
  let worker: AppProcess
  let api: AxiosInstance
  const serverOutbox = mkdtempSync(join(tmpdir(), "sweetspot-server-outbox-"))
  const workerOutbox = mkdtempSync(join(tmpdir(), "sweetspot-worker-outbox-"))

  beforeAll(async () => {
    const cluster = await redisCluster("scale_out")
    worker = await cluster.start("worker", { MAIL_OUTBOX_DIR: workerOutbox, ETA_HANDOVER_MINUTES: "47" })
    server = await cluster.start("server", { MAIL_OUTBOX_DIR: serverOutbox, ETA_HANDOVER_MINUTES: "3" })
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
