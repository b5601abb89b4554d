import Redis from "ioredis"
import { hasRedis, missingPrerequisite } from "../../../../integration-tests/helpers/prerequisites"
import { TEST_REDIS_URL } from "../../../../integration-tests/helpers/redis-cluster"
import DeliveryStreamModuleService from "../service"

jest.setTimeout(60 * 1000)

const logger = { warn: jest.fn(), error: jest.fn(), info: jest.fn(), debug: jest.fn() } as any

/**
 * The hub over a real Redis, three instances standing for three processes: two
 * servers holding streams and a worker that only publishes. Channels are named
 * for this run, so other runs on the same Redis cannot interfere.
 */
const noRedis = missingPrerequisite(`Redis (${TEST_REDIS_URL})`, "Start redis-server or set TEST_REDIS_URL.", hasRedis(TEST_REDIS_URL))

;(noRedis ? describe.skip : describe)("the delivery stream hub on Redis pub/sub", () => {
  const prefix = `sweetspot-test:${process.pid}:${Date.now()}:`
  const hub = () => new DeliveryStreamModuleService({ logger }, { redis_url: TEST_REDIS_URL, channel_prefix: prefix })
  let serverA: DeliveryStreamModuleService
  let serverB: DeliveryStreamModuleService
  let worker: DeliveryStreamModuleService
  let outside: Redis

  beforeAll(() => {
    serverA = hub()
    serverB = hub()
    worker = hub()
    outside = new Redis(TEST_REDIS_URL)
  })

  afterAll(async () => {
    await Promise.all([serverA, serverB, worker].map((h) => h.__hooks.onApplicationShutdown()))
    outside.disconnect()
  })

  /** Subscribers on the channel, as Redis itself counts them. */
  const subscribersOf = async (orderId: string) => {
    const [, count] = (await outside.pubsub("NUMSUB", `${prefix}${orderId}`)) as [string, number]
    return Number(count)
  }
  const ourChannels = async () => ((await outside.pubsub("CHANNELS", `${prefix}*`)) as string[]).sort()

  /** A listener that records each change and can be awaited for the n-th. */
  const recorder = () => {
    let heard = 0
    const waiting: { n: number; resolve: () => void }[] = []
    const listener = () => {
      heard++
      waiting.filter((w) => w.n <= heard).forEach((w) => w.resolve())
    }
    return { listener, heard: () => heard, reaches: (n: number) => new Promise<void>((resolve) => (heard >= n ? resolve() : waiting.push({ n, resolve }))) }
  }

  it("carries a change published by the worker to every stream of the order in every server, through one channel per server", async () => {
    const a1 = recorder()
    const a2 = recorder()
    const b1 = recorder()
    const other = recorder()
    const stops = [
      await serverA.listen("order_1", a1.listener),
      await serverA.listen("order_1", a2.listener),
      await serverB.listen("order_1", b1.listener),
      await serverB.listen("order_2", other.listener),
    ]
    // Two servers listen on order_1: one subscription each, however many streams they hold.
    expect(await subscribersOf("order_1")).toEqual(2)
    expect(serverA.stats()).toEqual(expect.objectContaining({ listeners: 2, orders: 1, channels: 1, redis_subscriptions: 1 }))

    await worker.publish(["order_1"])
    await Promise.all([a1.reaches(1), a2.reaches(1), b1.reaches(1)])

    // A stream that stopped hears nothing more: order_2's message, published after order_1's, arrives after it.
    await stops[0]()
    await worker.publish(["order_1"])
    await worker.publish(["order_2"])
    await Promise.all([a2.reaches(2), b1.reaches(2), other.reaches(1)])
    expect([a1.heard(), a2.heard(), b1.heard(), other.heard()]).toEqual([1, 2, 2, 1])
    expect(worker.stats()).toEqual({ streams: 0, actors: 0, orders: 0, listeners: 0, channels: 0, redis_subscriptions: 0 })

    for (const stop of stops) {
      await stop()
    }
    expect(await subscribersOf("order_1")).toEqual(0)
    expect(await ourChannels()).toEqual([])
  })

  it("leaves no listener and no Redis subscription after 200 streams come and go, overlapping", async () => {
    const open: (() => Promise<void>)[] = []
    for (let n = 0; n < 200; n++) {
      open.push(await serverA.listen(`order_${n % 7}`, () => undefined))
      // Streams close out of the order they opened in, some while others of the same order stay.
      if (open.length > 3) {
        await open.splice(n % 3, 1)[0]()
      }
    }
    expect(serverA.stats().listeners).toEqual(3)
    await Promise.all(open.map((stop) => stop()))
    await serverA.whenIdle()
    expect(serverA.stats()).toEqual({ streams: 0, actors: 0, orders: 0, listeners: 0, channels: 0, redis_subscriptions: 0 })
    expect(await ourChannels()).toEqual([])

    // And it still works afterwards, on the same connection.
    const later = recorder()
    const stop = await serverA.listen("order_3", later.listener)
    await worker.publish(["order_3"])
    await later.reaches(1)
    await stop()
    expect(await ourChannels()).toEqual([])
  })
})
