import { Fanout } from "../fanout"
import DeliveryStreamModuleService from "../service"

const logger = { warn: jest.fn(), error: jest.fn(), info: jest.fn(), debug: jest.fn() } as any
const hubWith = (options: Record<string, unknown> = {}) => new DeliveryStreamModuleService({ logger }, options)

describe("the fan-out of a process", () => {
  it("says when a key gets its first listener and loses its last, and forgets the key then", () => {
    const fanout = new Fanout()
    const a = jest.fn()
    const b = jest.fn()
    expect(fanout.add("order_1", a)).toBe(true)
    expect(fanout.add("order_1", b)).toBe(false)
    expect(fanout.emit("order_1")).toEqual(2)
    expect(fanout.remove("order_1", a)).toBe(false)
    expect(fanout.remove("order_1", a)).toBe(false)
    expect(fanout.remove("order_1", b)).toBe(true)
    expect({ keys: fanout.keys, listeners: fanout.listeners }).toEqual({ keys: 0, listeners: 0 })
    expect(fanout.emit("order_1")).toEqual(0)
  })

  it("tells the other listeners when one throws", () => {
    const fanout = new Fanout()
    const heard = jest.fn()
    const errors: unknown[] = []
    fanout.add("order_1", () => {
      throw new Error("boom")
    })
    fanout.add("order_1", heard)
    fanout.emit("order_1", (error) => errors.push(error))
    expect(heard).toHaveBeenCalledTimes(1)
    expect(errors).toHaveLength(1)
  })
})

describe("the delivery stream hub without Redis", () => {
  it("reads its settings from the module options, with the documented defaults", () => {
    expect(hubWith().settings).toEqual({ heartbeat_ms: 20_000, retry_ms: 3000, max_per_actor: 5 })
    expect(hubWith({ heartbeat_seconds: 0.5, max_per_actor: 2 }).settings).toEqual({ heartbeat_ms: 500, retry_ms: 3000, max_per_actor: 2 })
    expect(() => hubWith({ max_per_actor: 0 })).toThrow()
  })

  it("tells each listener of a changed order, once per publish, and nobody else", async () => {
    const hub = hubWith()
    const first = jest.fn()
    const second = jest.fn()
    const other = jest.fn()
    const stopFirst = await hub.listen("order_1", first)
    await hub.listen("order_1", second)
    await hub.listen("order_2", other)
    await hub.publish(["order_1", "order_1", "", "order_3"])
    expect([first.mock.calls.length, second.mock.calls.length, other.mock.calls.length]).toEqual([1, 1, 0])
    await stopFirst()
    await stopFirst()
    await hub.publish(["order_1"])
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 2])
  })

  it("counts each caller's streams against the limit and gives a place back once, however often released", () => {
    const hub = hubWith({ max_per_actor: 2 })
    const one = hub.acquire("customer:cus_1", jest.fn())!
    hub.acquire("customer:cus_1", jest.fn())
    expect(hub.acquire("customer:cus_1", jest.fn())).toBeNull()
    expect(hub.acquire("customer:cus_2", jest.fn())).not.toBeNull()
    one.release()
    one.release()
    expect(hub.stats()).toEqual(expect.objectContaining({ streams: 2, actors: 2 }))
    expect(hub.acquire("customer:cus_1", jest.fn())).not.toBeNull()
    expect(hub.acquire("customer:cus_1", jest.fn())).toBeNull()
  })

  it("ends every open stream at shutdown (SIGTERM), with one process hook for all of them, removed with the last stream", async () => {
    const hub = hubWith()
    const before = process.listenerCount("SIGTERM")
    const closes = [jest.fn(), jest.fn()]
    const leases = closes.map((close) => hub.acquire(`customer:cus_${Math.random()}`, close)!)
    expect(process.listenerCount("SIGTERM")).toEqual(before + 1)
    expect(process.listeners("SIGTERM")).toContain(hub.closeAll)
    expect(process.listeners("SIGINT")).toContain(hub.closeAll)
    await hub.__hooks.onApplicationPrepareShutdown()
    expect(closes.map((close) => close.mock.calls.length)).toEqual([1, 1])
    leases.forEach((lease) => lease.release())
    expect(process.listenerCount("SIGTERM")).toEqual(before)
  })

  it("is idle once every stream and listener has let go, and says so to whoever waits", async () => {
    const hub = hubWith()
    await hub.whenIdle()
    const stop = await hub.listen("order_1", jest.fn())
    const lease = hub.acquire("user:user_1", jest.fn())!
    let idle = false
    const waiting = hub.whenIdle().then(() => (idle = true))
    lease.release()
    await Promise.resolve()
    expect(idle).toBe(false)
    await stop()
    await waiting
    expect(hub.stats()).toEqual({ streams: 0, actors: 0, orders: 0, listeners: 0, channels: 0, redis_subscriptions: 0 })
  })
})
