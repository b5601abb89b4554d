import { AxiosInstance } from "axios"
import Redis from "ioredis"
import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { adminApi, placeCakeOrder } from "../browser/admin-session"
import { LONDON_ADDRESS } from "../helpers/shopper"
import { hasRedis, missingPrerequisite } from "../helpers/prerequisites"
import { fulfilOrder } from "../helpers/dispatch"
import { eventually } from "../helpers/eventually"
import { AppProcess, redisCluster, TEST_REDIS_URL } from "../helpers/redis-cluster"
import { openTestStream } from "../helpers/sse"

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

  /** Processes subscribed to the order's delivery stream channel, as Redis itself counts them. */
  const channelSubscribers = async (orderId: string) => {
    const redis = new Redis(TEST_REDIS_URL)
    try {
      const [, count] = (await redis.pubsub("NUMSUB", `sweetspot:delivery-stream:${orderId}`)) as [string, number]
      return Number(count)
    } finally {
      redis.disconnect()
    }
  }

  it("places an order through the server and gets its email and ETA from the worker, shown live by the server's stream", async () => {
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

    // The shopper follows the order on the server; everything that changes it happens in the worker.
    const live = await openTestStream(server.url, `/store/orders/${order.id}/delivery/stream`, shopper)
    expect(live.status).toEqual(200)
    expect((await live.next())!.json.delivery.status).toEqual("pending")
    expect(await channelSubscribers(order.id)).toEqual(1)

    const parcel = await fulfilOrder(api, order.id)
    await parcel.ship()

    // The worker's shipment.created and eta_updated subscribers publish on Redis; the server's stream reads the order again.
    let streamed = (await live.next())!.json
    while (!streamed.delivery.estimate) {
      expect(streamed.delivery.status).toEqual("shipped")
      streamed = (await live.next())!.json
    }
    expect(streamed.delivery.estimate.duration_seconds).toBeGreaterThanOrEqual(47 * 60)

    const estimate = await eventually("the first ETA, computed by the worker on shipment.created", async () => {
      const { data } = await store.get(`/store/orders/${order.id}/delivery`, { headers: shopper })
      return data.delivery.estimate ?? undefined
    })
    expect(estimate).toEqual(streamed.delivery.estimate)
    expect(estimate.source).toEqual("fallback")
    // The fallback adds the handover time of the process that computed it: the worker's 47 minutes.
    expect(estimate.duration_seconds).toBeGreaterThanOrEqual(47 * 60)
    await eventually("the out-for-delivery email in the worker's outbox", async () =>
      readdirSync(workerOutbox).find((f) => f.includes("out-for-delivery")) ?? undefined
    )
    expect(readdirSync(serverOutbox)).toEqual([])

    // Staff streams opened and closed by the client meanwhile (waiting for a place when the server has not yet let go).
    const staffStream = () =>
      eventually("a free place for a staff stream", async () => {
        const stream = await openTestStream(server.url, `/admin/orders/${order.id}/delivery/stream`, { authorization: String(api.defaults.headers.authorization) })
        stream.close()
        return stream.status === 429 ? undefined : stream
      })
    for (let n = 0; n < 20; n++) {
      expect((await staffStream()).status).toEqual(200)
    }
    // One subscription of the server process, however many streams came and went.
    expect(await channelSubscribers(order.id)).toEqual(1)

    // Delivered: the last event reaches the server's stream, which ends; no channel is left in Redis.
    await parcel.deliver()
    while (streamed.delivery.status !== "delivered") {
      streamed = (await live.next())!.json
    }
    expect(await live.next()).toBeNull()
    await eventually("the server to unsubscribe the order's channel", async () => ((await channelSubscribers(order.id)) === 0 ? true : undefined))
  })
})
