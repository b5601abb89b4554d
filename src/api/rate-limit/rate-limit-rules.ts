/** A group of requests that share one budget per client address. */
export type RateLimitRule = {
  name: "auth" | "cart" | "driver_location"
  /** Requests allowed per window, per client address (per driver for `driver_location`). */
  points: number
  windowSeconds: number
}

const numberFrom = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return value !== undefined && value !== "" && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/** The limits, from RATE_LIMIT_* (README: Configuration). */
export function rateLimitRules(env: NodeJS.ProcessEnv = process.env): Record<RateLimitRule["name"], RateLimitRule> {
  const windowSeconds = numberFrom(env.RATE_LIMIT_WINDOW_SECONDS, 60)
  return {
    auth: { name: "auth", points: numberFrom(env.RATE_LIMIT_AUTH_REQUESTS, 20), windowSeconds },
    cart: { name: "cart", points: numberFrom(env.RATE_LIMIT_CART_REQUESTS, 120), windowSeconds },
    // A phone reporting every 5 seconds sends 12 a minute: room for that, not for a runaway loop.
    driver_location: { name: "driver_location", points: numberFrom(env.RATE_LIMIT_DRIVER_LOCATION_REQUESTS, 30), windowSeconds },
  }
}

/** Log in, register, reset or change a password (any actor type), create a customer: guessing and spam targets. */
const AUTH_PATHS = [/^\/auth\/[^/]+\/emailpass(\/register|\/reset-password|\/update)?$/, /^\/store\/customers$/]

/** Any change to a cart: Medusa's routes and SweetSpot's (cakes, delivery slot, completion). */
const CART_PATH = /^\/store\/carts(\/|$)/

/**
 * A path as Express compares it with a route: case-insensitively, with one
 * trailing slash or none. `/AUTH/Customer/emailpass/` runs the login route, so it
 * must spend the login budget.
 */
export function routePath(path: string): string {
  const lower = path.toLowerCase()
  return lower.length > 1 && lower.endsWith("/") ? lower.slice(0, -1) : lower
}

/** Which budget a request spends, if any. */
export function ruleFor(method: string, path: string): RateLimitRule["name"] | null {
  const verb = method.toUpperCase()
  if (verb !== "POST" && verb !== "DELETE") {
    return null
  }
  const route = routePath(path)
  if (verb === "POST" && AUTH_PATHS.some((pattern) => pattern.test(route))) {
    return "auth"
  }
  return CART_PATH.test(route) ? "cart" : null
}
