/** A group of requests that share one budget per client address. */
export type RateLimitRule = {
  name: "auth" | "cart"
  /** Requests allowed per window, per client address. */
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
  }
}

/** Log in, register, reset or change a password, create a customer: guessing and spam targets. */
const AUTH_PATHS = [
  /^\/auth\/(customer|user)\/emailpass(\/register|\/reset-password|\/update)?\/?$/,
  /^\/store\/customers\/?$/,
]

/** Any change to a cart: Medusa's routes and SweetSpot's (cakes, delivery slot, completion). */
const CART_PATH = /^\/store\/carts(\/|$)/

/** Which budget a request spends, if any. */
export function ruleFor(method: string, path: string): RateLimitRule["name"] | null {
  if (method !== "POST" && method !== "DELETE") {
    return null
  }
  if (method === "POST" && AUTH_PATHS.some((pattern) => pattern.test(path))) {
    return "auth"
  }
  return CART_PATH.test(path) ? "cart" : null
}
