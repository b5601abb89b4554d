import { rateLimitRules, ruleFor } from "../rate-limit-rules"

describe("rate-limit rules", () => {
  it.each([
    ["POST", "/auth/customer/emailpass", "auth"],
    ["POST", "/auth/customer/emailpass/register", "auth"],
    ["POST", "/auth/customer/emailpass/reset-password", "auth"],
    ["POST", "/auth/customer/emailpass/update", "auth"],
    ["POST", "/auth/user/emailpass", "auth"],
    ["POST", "/store/customers", "auth"],
    ["POST", "/store/carts", "cart"],
    ["POST", "/store/carts/cart_1/cakes", "cart"],
    // Photo uploads and removals are cart changes; reading a photo is not.
    ["POST", "/store/carts/cart_1/cakes/item_1/photo", "cart"],
    ["DELETE", "/store/carts/cart_1/cakes/item_1/photo", "cart"],
    ["GET", "/store/carts/cart_1/cakes/item_1/photo", null],
    ["POST", "/store/carts/cart_1/complete", "cart"],
    ["DELETE", "/store/carts/cart_1/line-items/item_1", "cart"],
    ["GET", "/store/carts/cart_1", null],
    ["POST", "/store/customers/me/addresses", null],
    ["POST", "/auth/session", null],
    ["GET", "/store/cakes", null],
    // Express runs the same route for these, so they spend the same budget.
    ["POST", "/AUTH/Customer/EmailPass", "auth"],
    ["POST", "/auth/customer/emailpass/", "auth"],
    ["POST", "/auth/driver/emailpass/register", "auth"],
    ["POST", "/Store/Customers/", "auth"],
    ["post", "/Store/Carts", "cart"],
    ["DELETE", "/STORE/CARTS/cart_1/line-items/item_1/", "cart"],
  ])("%s %s spends the %s budget", (method, path, rule) => {
    expect(ruleFor(method, path)).toEqual(rule)
  })

  it("reads the limits from the environment, with defaults for missing or bad values", () => {
    expect(rateLimitRules({})).toEqual({
      auth: { name: "auth", points: 20, windowSeconds: 60 },
      cart: { name: "cart", points: 120, windowSeconds: 60 },
      driver_location: { name: "driver_location", points: 30, windowSeconds: 60 },
    })
    expect(
      rateLimitRules({
        RATE_LIMIT_AUTH_REQUESTS: "5",
        RATE_LIMIT_CART_REQUESTS: "abc",
        RATE_LIMIT_DRIVER_LOCATION_REQUESTS: "12",
        RATE_LIMIT_WINDOW_SECONDS: "10",
      })
    ).toEqual({
      auth: { name: "auth", points: 5, windowSeconds: 10 },
      cart: { name: "cart", points: 120, windowSeconds: 10 },
      driver_location: { name: "driver_location", points: 12, windowSeconds: 10 },
    })
  })
})
