import type Medusa from "@medusajs/js-sdk"
import { sweetspotOpenApiDocument } from "../../api/openapi/document"
import { sweetspot } from ".."

type Call = { method: string; path: string }

/**
 * A js-sdk client that writes down each request a helper makes and never answers
 * (so a helper that would reconnect or page on never gets the chance).
 */
function recordingClient() {
  const calls: Call[] = []
  const record = (path: string, init: { method?: string } = {}) => {
    calls.push({ method: (init.method ?? "GET").toUpperCase(), path })
    return new Promise<never>(() => undefined)
  }
  const client = { fetch: record, fetchStream: record } as unknown as Medusa["client"]
  return { calls, sdk: { client } }
}

/** Every helper of `sweetspot(sdk)` as its dotted name and function. */
function helpersOf(tree: object, prefix = ""): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "function" ? [[`${prefix}${key}`, value]] : value && typeof value === "object" ? helpersOf(value, `${prefix}${key}.`) : []
  )
}

/** The OpenAPI operations, as `METHOD /path/{param}` with a pattern that matches a path whose params are `arg<n>`. */
function documentedOperations() {
  const paths = sweetspotOpenApiDocument().paths as Record<string, Record<string, unknown>>
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => ["get", "post", "put", "patch", "delete"].includes(method))
      .map((method) => {
        const pattern = path.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("arg\\d+")
        return { operation: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), pattern: new RegExp(`^${pattern}$`) }
      })
  )
}

/** The operation each helper calls: every helper is run once with `arg0`, `arg1`, ... for its parameters. */
async function operationsOfHelpers() {
  const operations = documentedOperations()
  const names = helpersOf(sweetspot(recordingClient().sdk))
  const called: { helper: string; requests: string[] }[] = []
  for (const [helper] of names) {
    const { calls, sdk } = recordingClient()
    const fn = helper.split(".").reduce<any>((node, key) => node[key], sweetspot(sdk))
    // Only the request matters here: what the helper does with an answer (which never comes) does not.
    const run = (args: unknown[]) => {
      try {
        const out = fn(...args)
        // A stream helper is an async generator: it sends its request on the first `next()`.
        const started = out && typeof out[Symbol.asyncIterator] === "function" ? out.next() : out
        Promise.resolve(started).catch(() => undefined)
      } catch {
        // A helper that cannot take placeholder arguments shows below as calling no operation.
      }
    }
    const placeholders = Array.from({ length: fn.length }, (_, i) => `arg${i}`)
    run(placeholders)
    // A helper may await something of its own (a token, a header) before it sends.
    await new Promise((done) => setImmediate(done))
    if (!calls.length && placeholders.length) {
      // An upload's last parameter is the file: a Blob, not a string.
      run([...placeholders.slice(0, -1), new Blob(["x"])])
      await new Promise((done) => setImmediate(done))
    }
    called.push({
      helper,
      requests: calls.map((call) => operations.find((op) => op.method === call.method && op.pattern.test(call.path))?.operation ?? `undocumented: ${call.method} ${call.path}`),
    })
  }
  return { operations: operations.map((op) => op.operation), called }
}

describe("the OpenAPI document and the sdk (the source of @sweetspot/sdk)", () => {
  it("match: every helper calls one documented operation, and every documented operation has a helper", async () => {
    const { operations, called } = await operationsOfHelpers()
    expect(operations.length).toBeGreaterThanOrEqual(20)

    const covered = new Set(called.flatMap(({ requests }) => requests))
    expect({
      // A helper that calls no documented route (or several), with what it sent.
      helpersWithoutOneOperation: called.filter(({ requests }) => requests.length !== 1 || requests[0].startsWith("undocumented")),
      // A route without a helper: add its method to src/sdk/store.ts or src/sdk/admin.ts.
      operationsWithoutHelper: operations.filter((operation) => !covered.has(operation)),
    }).toEqual({ helpersWithoutOneOperation: [], operationsWithoutHelper: [] })
  })

  it("tells a helper's request from a documented one by method and path", async () => {
    const operations = documentedOperations()
    const match = (method: string, path: string) => operations.find((op) => op.method === method && op.pattern.test(path))?.operation
    expect(match("GET", "/store/bakeries/arg0")).toEqual("GET /store/bakeries/{id}")
    expect(match("POST", "/store/bakeries/arg0")).toBeUndefined()
    expect(match("POST", "/store/carts/arg0/cakes/arg1")).toEqual("POST /store/carts/{id}/cakes/{line_id}")
    expect(match("GET", "/store/bakeries/bkry_1")).toBeUndefined()
    expect(match("GET", "/store/bakeries/arg0/calendar/extra")).toBeUndefined()
  })
})
