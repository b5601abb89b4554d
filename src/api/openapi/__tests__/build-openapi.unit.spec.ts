import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"
import middlewares from "../../middlewares"
import { buildOpenApiDocument, JsonSchema, operationIdOf } from "../build-openapi"
import { ApiRoute, sweetspotRoutes } from "../routes"

// Each validation and auth middleware remembers what it was made from, so the test can
// check the registry documents the validators the routes really use.
jest.mock("@medusajs/framework/http", () => {
  const actual = jest.requireActual("@medusajs/framework/http")
  const marked = (mark: Record<string, unknown>) => Object.assign(() => undefined, mark)
  return {
    ...actual,
    validateAndTransformBody: (schema: unknown) => marked({ body: schema }),
    validateAndTransformQuery: (schema: unknown) => marked({ query: schema }),
    authenticate: (actor: unknown) => marked({ actor }),
  }
})

const API_DIR = join(__dirname, "..", "..")
/** The document's own route is not one of the routes it documents. */
const OPENAPI_ROUTE = "/store/sweetspot/openapi.json"

const document = buildOpenApiDocument(sweetspotRoutes)
const operationOf = (route: Pick<ApiRoute, "method" | "path">) => document.paths[route.path]?.[route.method]
const bodySchema = (name: string) => document.components.schemas[name] as any

/** Every route.ts under src/api as `METHOD /path/{param}`, read from its exported handlers. */
function routesOnDisk() {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(path)
      } else if (entry.name === "route.ts") {
        const url = `/${relative(API_DIR, dir).split(sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}")
        const source = readFileSync(path, "utf8")
        const methods = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD)\b/g)]
        for (const [, method] of methods) {
          found.push(`${method} ${url}`)
        }
      }
    }
  }
  walk(API_DIR)
  return found
}

/** Every `$ref` anywhere in a value. */
function refsIn(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((item) => refsIn(item, refs))
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") {
        refs.push(item)
      } else {
        refsIn(item, refs)
      }
    }
  }
  return refs
}

describe("the OpenAPI document of SweetSpot's routes", () => {
  it("is OpenAPI 3.1 and plain JSON", () => {
    expect(document.openapi).toEqual("3.1.0")
    expect(JSON.parse(JSON.stringify(document))).toEqual(document)
  })

  it("documents every route of the registry once, with a unique operation id", () => {
    for (const route of sweetspotRoutes) {
      expect({ route: `${route.method} ${route.path}`, documented: !!operationOf(route) }).toEqual({
        route: `${route.method} ${route.path}`,
        documented: true,
      })
    }
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item))
    expect(operations).toHaveLength(sweetspotRoutes.length)
    const ids = operations.map((operation) => operation!.operationId)
    expect(new Set(ids).size).toEqual(ids.length)
    expect(operationIdOf({ method: "post", path: "/store/carts/{id}/cakes/{line_id}" })).toEqual("PostStoreCartsIdCakesLineId")
  })

  it("has a route of the registry for every route.ts under src/api, so a new route cannot go undocumented", () => {
    const onDisk = routesOnDisk().filter((route) => !route.endsWith(` ${OPENAPI_ROUTE}`))
    const documented = sweetspotRoutes.map((route) => `${route.method.toUpperCase()} ${route.path}`)
    expect(onDisk.length).toBeGreaterThan(0)
    expect(onDisk.filter((route) => !documented.includes(route))).toEqual([])
    expect(documented.filter((route) => !onDisk.includes(route))).toEqual([])
    expect(routesOnDisk()).toContain(`GET ${OPENAPI_ROUTE}`)
  })

  it("requires the publishable key on store routes, a customer on the shopper's own routes, a user or secret key on admin routes", () => {
    const security = (method: ApiRoute["method"], path: string) => operationOf({ method, path })!.security
    expect(security("get", "/store/cakes")).toContainEqual({ publishable_key: [] })
    expect(security("get", "/store/orders/{id}/delivery")).toEqual([
      { publishable_key: [], jwt_token: [] },
      { publishable_key: [], cookie_auth: [] },
    ])
    expect(security("post", "/admin/bakeries")).toEqual([{ jwt_token: [] }, { cookie_auth: [] }, { api_token: [] }])
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["api_token", "cookie_auth", "jwt_token", "publishable_key"])
    expect(document.components.securitySchemes.publishable_key).toEqual(
      expect.objectContaining({ type: "apiKey", in: "header", name: "x-publishable-api-key" })
    )
  })

  it("documents every path parameter as required", () => {
    for (const route of sweetspotRoutes) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
      const inPath = operationOf(route)!.parameters.filter((p) => p.in === "path")
      expect(inPath.map((p) => [p.name, p.required])).toEqual(names.map((name) => [name, true]))
    }
  })

  it("takes the add-cake body from its validator: required variant_id, quantity 1-20, egg_version egg or eggless, nothing unknown", () => {
    const operation = operationOf({ method: "post", path: "/store/carts/{id}/cakes" })!
    expect(operation.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/StoreAddCakeToCart" } } },
    })
    const body = bodySchema("StoreAddCakeToCart")
    expect(body.type).toEqual("object")
    expect(body.required).toEqual(["variant_id"])
    expect(body.additionalProperties).toBe(false)
    expect(body.properties.quantity).toEqual(expect.objectContaining({ type: "integer", minimum: 1, maximum: 20, default: 1 }))
    const customization = body.properties.customization
    expect(customization.additionalProperties).toBe(false)
    expect(customization.properties.egg_version).toEqual({ type: "string", enum: ["egg", "eggless"] })
    expect(Object.keys(customization.properties).sort()).toEqual(["egg_version", "message", "notes", "shape", "toppings"])
  })

  it("takes the other bodies from their validators", () => {
    expect(bodySchema("StoreSetCartDeliverySlot").required).toEqual(["starts_at"])
    expect(bodySchema("StoreSetCartDeliverySlot").properties.starts_at.format).toEqual("date-time")
    expect(bodySchema("AdminCreateBakery").required).toEqual(["name"])
    expect(bodySchema("AdminCreateBakery").properties.opening_hours.items.properties.weekday).toEqual(
      expect.objectContaining({ type: "integer", minimum: 1, maximum: 7 })
    )
    expect(bodySchema("AdminUpdateBakery").required).toBeUndefined()
    expect(bodySchema("AdminUpsertCakeProfile").properties.egg_options.items.enum).toEqual(["egg", "eggless"])
    expect(Object.keys(bodySchema("AdminUpdateBakeryCakes").properties)).toEqual(["add", "remove"])
  })

  it("marks every strict object of every body closed (additionalProperties false)", () => {
    const openObjects: string[] = []
    const visit = (schema: unknown, at: string) => {
      if (!schema || typeof schema !== "object") {
        return
      }
      const s = schema as JsonSchema
      if (s.type === "object" && s.properties && s.additionalProperties !== false) {
        openObjects.push(at)
      }
      for (const [key, value] of Object.entries(s)) {
        if (key !== "additionalProperties") {
          visit(value, `${at}.${key}`)
        }
      }
    }
    const bodies = sweetspotRoutes.filter((route) => route.body).map((route) => route.body!.name)
    expect(bodies.length).toBeGreaterThanOrEqual(7)
    for (const name of bodies) {
      visit(bodySchema(name), name)
    }
    expect(openObjects).toEqual([])
  })

  it("takes query parameters from the validators, transformed ones as the client writes them", () => {
    const parameters = (method: ApiRoute["method"], path: string) =>
      Object.fromEntries(operationOf({ method, path })!.parameters.filter((p) => p.in === "query").map((p) => [p.name, p]))

    const slots = parameters("get", "/store/bakeries/{id}/delivery-slots")
    expect(slots.date).toEqual(expect.objectContaining({ required: true, schema: { type: "string" } }))
    expect(slots.cart_id.required).toBe(false)

    const cakes = parameters("get", "/store/cakes")
    expect(Object.keys(cakes).sort()).toEqual(
      ["bakery_id", "egg_option", "fields", "flavour", "is_available", "limit", "offset", "q", "region_id", "size"].sort()
    )
    expect(cakes.egg_option.schema).toEqual({ type: "string", enum: ["egg", "eggless"] })
    expect(cakes.is_available.schema).toEqual({ type: "string", enum: ["true", "false"] })
    expect(cakes.limit.schema).toEqual(expect.objectContaining({ type: "integer", minimum: 1, maximum: 100 }))
    expect(cakes.limit.description).toBeDefined()

    const stats = parameters("get", "/admin/bakeries/{id}/stats")
    expect(Object.keys(stats)).toEqual(["from", "to"])
    expect(stats.from).toEqual(expect.objectContaining({ required: false, schema: { type: "string" }, description: expect.stringContaining("YYYY-MM-DD") }))
    expect(operationOf({ method: "get", path: "/store/bakeries/{id}/stats" })).toBeUndefined()
  })

  it("answers 4xx with Medusa's error shape { type, message }", () => {
    const error = document.components.schemas.Error as any
    expect(Object.keys(error.properties)).toEqual(expect.arrayContaining(["type", "message", "code"]))
    for (const response of Object.values(document.components.responses) as any[]) {
      expect(response.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" })
    }
    const addCake = operationOf({ method: "post", path: "/store/carts/{id}/cakes" })!.responses
    expect(Object.keys(addCake).sort()).toEqual(["200", "400", "404", "409"])
    expect((addCake["409"] as any).content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" })
    const delivery = operationOf({ method: "get", path: "/store/orders/{id}/delivery" })!.responses
    expect(Object.keys(delivery).sort()).toEqual(["200", "400", "401", "404"])
  })

  it("describes each answer by its top-level keys", () => {
    const answer = (method: ApiRoute["method"], path: string) => {
      const route = sweetspotRoutes.find((r) => r.method === method && r.path === path)!
      return (operationOf(route)!.responses[String(route.status)] as any).content["application/json"].schema
    }
    expect(answer("get", "/store/bakeries").required).toEqual(["bakeries", "count", "limit", "offset"])
    expect(answer("get", "/store/orders/{id}/delivery").properties.delivery).toEqual({ $ref: "#/components/schemas/OrderDelivery" })
    expect(answer("get", "/admin/orders/{id}/cake-details").required).toEqual(["items", "slot", "estimate"])
    expect((document.components.schemas.OrderDelivery as any).properties.status.enum).toEqual(["pending", "shipped", "delivered", "cancelled"])
  })

  it("points every $ref at a component that exists", () => {
    const refs = [...new Set(refsIn(document))]
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) {
      const [, kind, name] = ref.match(/^#\/components\/(schemas|responses)\/(\w+)$/) ?? []
      expect({ ref, exists: !!kind && !!(document.components as any)[kind][name] }).toEqual({ ref, exists: true })
    }
  })

  it("documents the validators and the login the routes' middlewares use", () => {
    const marks = (route: ApiRoute) =>
      (middlewares.routes ?? [])
        .filter((entry) => {
          const matcher = String(entry.matcher).replace(/:(\w+)/g, "{$1}")
          // defineMiddlewares keeps a route's `method` as `methods`.
          const methods = [(entry as { methods?: string[] }).methods ?? entry.method ?? []].flat()
          return matcher === route.path && (!methods.length || methods.includes(route.method.toUpperCase()))
        })
        .flatMap((entry) => entry.middlewares ?? []) as { body?: unknown; query?: unknown; actor?: unknown }[]
    const mismatches: string[] = []
    for (const route of sweetspotRoutes) {
      const used = marks(route)
      const at = `${route.method.toUpperCase()} ${route.path}`
      if (used.find((m) => m.body)?.body !== route.body?.schema) {
        mismatches.push(`${at}: body validator`)
      }
      if (used.find((m) => m.query)?.query !== route.query) {
        mismatches.push(`${at}: query validator`)
      }
      if (used.some((m) => m.actor === "customer") !== (route.auth === "customer")) {
        mismatches.push(`${at}: customer login`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it("refuses a registry that lists a route twice", () => {
    expect(() => buildOpenApiDocument([sweetspotRoutes[0], sweetspotRoutes[0]])).toThrow("is listed twice")
  })
})
