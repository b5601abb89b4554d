import Redis from "ioredis"
import { hasRedis, missingPrerequisite } from "../helpers/prerequisites"
import { TEST_REDIS_URL as REDIS_URL } from "../helpers/redis-cluster"

/** Calls the limiter middleware as Medusa would, from a client at `ip`, and answers the status it set (200 when it let the request through). */
async function call(rateLimit: Function, ip: string) {
  let status = 200
  const headers: Record<string, string> = {}
  const res: any = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    status: (code: number) => ((status = code), res),
    json: () => res,
  }
  await rateLimit({ method: "POST", originalUrl: "/auth/customer/emailpass", socket: { remoteAddress: ip }, headers: {} }, res, () => undefined)
  return { status, headers }
}

/** With REDIS_URL the budget lives in Redis, so every instance behind the balancer spends the same one. */
const noRedis = missingPrerequisite(`Redis (${REDIS_URL})`, "Start redis-server or set TEST_REDIS_URL; .ci/run starts it.", hasRedis(REDIS_URL))

;(noRedis ? describe.skip : describe)("rate limits on Redis", () => {
  let redis: Redis
  beforeAll(() => {
    redis = new Redis(REDIS_URL)
  })
  afterAll(() => redis?.disconnect())

  it("keeps each address's budget in Redis, shared by separate limiter instances", async () => {
    await redis.del("sweetspot:rate:auth:203.0.113.9")
    const env = { REDIS_URL, RATE_LIMIT_AUTH_REQUESTS: "2", RATE_LIMIT_WINDOW_SECONDS: "60" }
    Object.assign(process.env, env)
    // Two instances: two separately loaded copies of the limiter module.
    const instances = [0, 1].map(() => {
      let loaded: any
      jest.isolateModules(() => {
        loaded = require("../../src/api/rate-limit/rate-limiter")
      })
      return loaded.rateLimit as Function
    })

    expect((await call(instances[0], "203.0.113.9")).status).toEqual(200)
    expect((await call(instances[1], "203.0.113.9")).status).toEqual(200)
    const third = await call(instances[0], "203.0.113.9")
    expect(third.status).toEqual(429)
    expect(Number(third.headers["retry-after"])).toBeGreaterThan(0)
    expect((await call(instances[1], "203.0.113.10")).status).toEqual(200)
    expect(Number(await redis.get("sweetspot:rate:auth:203.0.113.9"))).toBeGreaterThanOrEqual(2)
  })
})
