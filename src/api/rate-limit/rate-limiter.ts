import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible"
import { clientAddress } from "./client-address"
import { RateLimitRule, rateLimitRules, ruleFor } from "./rate-limit-rules"

let limiters: Record<RateLimitRule["name"], RateLimiterAbstract> | null = null

/** One limiter per rule: in Redis when REDIS_URL is set (shared by every instance), else in this process. */
function limitersFor(): Record<RateLimitRule["name"], RateLimiterAbstract> {
  if (limiters) {
    return limiters
  }
  const rules = rateLimitRules()
  const redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 }) : null
  const build = (rule: RateLimitRule) => {
    const options = { keyPrefix: `sweetspot:rate:${rule.name}`, points: rule.points, duration: rule.windowSeconds }
    return redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options)
  }
  limiters = { auth: build(rules.auth), cart: build(rules.cart), driver_location: build(rules.driver_location) }
  return limiters
}

/**
 * Spends one request of the client address's budget for login, registration,
 * password reset and cart changes; over budget, answers 429 with Retry-After in
 * Medusa's error shape. The address is the socket's unless TRUST_PROXY says which
 * proxies to believe (see client-address).
 */
export async function rateLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl || req.url).split("?")[0]
  const rule = ruleFor(req.method, path)
  if (!rule) {
    return next()
  }
  await spend(rule, clientAddress(req), res, next)
}

/** Spends one request of `key`'s budget under `rule`: next() within it, else a 429 with Retry-After. */
async function spend(rule: RateLimitRule["name"], key: string, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await limitersFor()[rule].consume(key)
    return next()
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) {
      // The store itself failed (the insurance limiter covers Redis); never turn that into a 429 or a 500.
      return next()
    }
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    res.setHeader("Retry-After", String(seconds))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many requests: try again in ${seconds} second${seconds === 1 ? "" : "s"}`,
    })
  }
}

/** After the driver's login: their position reports spend their own budget, wherever they send from. */
export async function rateLimitDriverLocation(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  await spend("driver_location", req.auth_context.actor_id, res, next)
}
