import { productionSecretsProblem } from "../production-secrets"

const strong = "3f1c9a0e5b7d4c2a8e6f0b1d3c5a7e9f"

describe("productionSecretsProblem", () => {
  it("lets development and tests run on the defaults", () => {
    expect(productionSecretsProblem({ NODE_ENV: "development" }, "develop")).toBeNull()
    expect(productionSecretsProblem({ NODE_ENV: "test" }, "start")).toBeNull()
    expect(productionSecretsProblem({}, "start")).toBeNull()
  })

  it.each([
    ["both unset", {}, "JWT_SECRET and COOKIE_SECRET"],
    ["the JWT secret left at supersecret", { JWT_SECRET: "supersecret", COOKIE_SECRET: strong }, "JWT_SECRET unset"],
    ["the cookie secret blank", { JWT_SECRET: strong, COOKIE_SECRET: "  " }, "COOKIE_SECRET unset"],
    ["a known default in capitals", { JWT_SECRET: "SuperSecret", COOKIE_SECRET: strong }, "JWT_SECRET"],
  ])("stops production with %s, in one line naming what to set", (_, secrets, named) => {
    const problem = productionSecretsProblem({ NODE_ENV: "production", ...secrets }, "start")
    expect(problem).toContain(named)
    expect(problem).toContain("openssl rand -hex 32")
    expect(problem).not.toContain("\n")
  })

  it("starts production with secrets of its own, and lets a production build go without them", () => {
    expect(productionSecretsProblem({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: `${strong}x` }, "start")).toBeNull()
    expect(productionSecretsProblem({ NODE_ENV: "production" }, "build")).toBeNull()
  })
})
