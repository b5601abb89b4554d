import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"
import middlewares from "../../middlewares"
import type { ApiRouteDocs } from "../../utils/api-route"
import { buildOpenApiDocument, openApiPath, operationIdOf } from "../build-openapi"
import { sweetspotRoutes } from "../document"

// Each validation and auth middleware remembers what it was made from, so the test can
// check the routes run the validators their documentation shows.
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

type Json = Record<string, any>

const API_DIR = join(__dirname, "..", "..")
/** Routes that serve the document itself rather than being documented in it. */
const DOCUMENT_ROUTES = ["GET /store/sweetspot/openapi.json", "GET /docs", "GET /docs/openapi.json"]

const document = buildOpenApiDocument(sweetspotRoutes) as Json
const operationOf = (method: ApiRouteDocs["method"], matcher: string) => document.paths[openApiPath(matcher)]?.[method.toLowerCase()] as Json
const component = (name: string) => document.components.schemas[name] as Json
const deref = (schema: Json): Json => (schema?.$ref ? component(schema.$ref.split("/").pop()) : schema)
const answerOf = (method: ApiRouteDocs["method"], matcher: string) => deref(operationOf(method, matcher).responses["200"].content["application/json"].schema)

/** Every route.ts under src/api as `METHOD /path/:param`, read from its exported handlers. */
function routesOnDisk() {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(path)
      } else if (entry.name === "route.ts") {
        const url = `/${relative(API_DIR, dir).split(sep).join("/")}`.replace(/\[(\w+)\]/g, ":$1")
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

  it("documents every declared route once, with a unique operation id", () => {
    expect(sweetspotRoutes.length).toBeGreaterThanOrEqual(19)
    for (const route of sweetspotRoutes) {
      expect({ route: `${route.method} ${route.matcher}`, documented: !!operationOf(route.method, route.matcher) }).toEqual({
        route: `${route.method} ${route.matcher}`,
        documented: true,
      })
    }
    const operations = Object.values(document.paths).flatMap((item: any) => Object.values(item)) as Json[]
    expect(operations).toHaveLength(sweetspotRoutes.length)
    const ids = operations.map((operation) => operation.operationId)
    expect(new Set(ids).size).toEqual(ids.length)
    expect(operationIdOf({ method: "POST", matcher: "/store/carts/:id/cakes/:line_id" })).toEqual("PostStoreCartsIdCakesLineId")
  })

  it("has a documented route for every route.ts under src/api, so a new route cannot go undocumented", () => {
    const onDisk = routesOnDisk().filter((route) => !DOCUMENT_ROUTES.includes(route))
    const documented = sweetspotRoutes.map((route) => `${route.method} ${route.matcher}`)
    expect(onDisk.length).toBeGreaterThan(0)
    expect(onDisk.filter((route) => !documented.includes(route))).toEqual([])
    expect(documented.filter((route) => !onDisk.includes(route))).toEqual([])
    expect(routesOnDisk()).toEqual(expect.arrayContaining(DOCUMENT_ROUTES))
  })

  it("requires the publishable key on store routes, a customer on the shopper's own routes, a user or secret key on admin routes", () => {
    expect(operationOf("GET", "/store/cakes").security).toContainEqual({ publishable_key: [] })
    expect(operationOf("GET", "/store/orders/:id/delivery").security).toEqual([
      { publishable_key: [], jwt_token: [] },
      { publishable_key: [], cookie_auth: [] },
    ])
    expect(operationOf("POST", "/admin/bakeries").security).toEqual([{ jwt_token: [] }, { cookie_auth: [] }, { api_token: [] }])
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["api_token", "cookie_auth", "jwt_token", "publishable_key"])
    expect(document.components.securitySchemes.publishable_key).toEqual(
      expect.objectContaining({ type: "apiKey", in: "header", name: "x-publishable-api-key" })
    )
  })

  it("documents every path parameter as required, with what it names", () => {
    for (const route of sweetspotRoutes) {
      const names = [...route.matcher.matchAll(/:(\w+)/g)].map((match) => match[1])
      const inPath = (operationOf(route.method, route.matcher).parameters ?? []).filter((p: Json) => p.in === "path")
      expect(inPath.map((p: Json) => [p.name, p.required, !!p.description])).toEqual(names.map((name) => [name, true, true]))
    }
  })

  it("takes the add-cake body from its validator: required variant_id, quantity 1-20, egg_version egg or eggless, nothing unknown", () => {
    const operation = operationOf("POST", "/store/carts/:id/cakes")
    expect(operation.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/StoreAddCakeToCart" } } },
    })
    const body = component("StoreAddCakeToCart")
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
    expect(component("StoreSetCartDeliverySlot").required).toEqual(["starts_at"])
    expect(component("StoreSetCartDeliverySlot").properties.starts_at.format).toEqual("date-time")
    expect(component("AdminCreateBakery").required).toEqual(["name"])
    expect(deref(component("AdminCreateBakery").properties.opening_hours.items).properties.weekday).toEqual(
      expect.objectContaining({ type: "integer", minimum: 1, maximum: 7 })
    )
    expect(component("AdminUpdateBakery").required).toBeUndefined()
    expect(component("AdminUpsertCakeProfile").properties.egg_options.items.enum).toEqual(["egg", "eggless"])
    expect(Object.keys(component("AdminUpdateBakeryCakes").properties)).toEqual(["add", "remove"])
  })

  it("marks every strict object of every body closed (additionalProperties false)", () => {
    const openObjects: string[] = []
    const visit = (schema: unknown, at: string) => {
      if (!schema || typeof schema !== "object") {
        return
      }
      const s = deref(schema as Json)
      if (s.type === "object" && s.properties && s.additionalProperties !== false) {
        openObjects.push(at)
      }
      for (const [key, value] of Object.entries(s)) {
        if (key !== "additionalProperties") {
          visit(value, `${at}.${key}`)
        }
      }
    }
    const bodies = sweetspotRoutes.filter((route) => route.body)
    expect(bodies.length).toBeGreaterThanOrEqual(7)
    for (const route of bodies) {
      visit(operationOf(route.method, route.matcher).requestBody.content["application/json"].schema, `${route.method} ${route.matcher}`)
    }
    expect(openObjects).toEqual([])
  })

  it("takes query parameters from the validators, transformed ones as the client writes them, each described", () => {
    const parameters = (method: ApiRouteDocs["method"], matcher: string) =>
      Object.fromEntries((operationOf(method, matcher).parameters ?? []).filter((p: Json) => p.in === "query").map((p: Json) => [p.name, p]))

    const slots = parameters("GET", "/store/bakeries/:id/delivery-slots")
    expect(slots.date).toEqual(expect.objectContaining({ required: true, schema: expect.objectContaining({ type: "string" }) }))
    expect(slots.cart_id.required).toBeFalsy()

    const cakes = parameters("GET", "/store/cakes")
    expect(Object.keys(cakes).sort()).toEqual(
      ["bakery_id", "egg_option", "fields", "flavour", "is_available", "limit", "offset", "q", "region_id", "size"].sort()
    )
    expect(cakes.egg_option.schema).toEqual(expect.objectContaining({ type: "string", enum: ["egg", "eggless"] }))
    expect(cakes.is_available.schema).toEqual(expect.objectContaining({ type: "string", enum: ["true", "false"] }))
    expect(cakes.limit.schema).toEqual(expect.objectContaining({ type: "integer", minimum: 1, maximum: 100 }))
    for (const parameter of Object.values(cakes) as Json[]) {
      expect({ name: parameter.name, described: !!parameter.description }).toEqual({ name: parameter.name, described: true })
    }

    const stats = parameters("GET", "/admin/bakeries/:id/stats")
    expect(Object.keys(stats)).toEqual(["from", "to"])
    expect(stats.from).toEqual(expect.objectContaining({ schema: expect.objectContaining({ type: "string" }), description: expect.stringContaining("YYYY-MM-DD") }))
  })

  it("answers 4xx with Medusa's error shape { type, message }", () => {
    expect(Object.keys(component("Error").properties)).toEqual(expect.arrayContaining(["type", "message", "code"]))
    for (const response of Object.values(document.components.responses) as Json[]) {
      expect(response.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" })
    }
    const addCake = operationOf("POST", "/store/carts/:id/cakes").responses
    expect(Object.keys(addCake).sort()).toEqual(["200", "400", "404", "409", "429"])
    expect(addCake["409"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" })
    expect(Object.keys(operationOf("GET", "/store/orders/:id/delivery").responses).sort()).toEqual(["200", "400", "401", "404"])
  })

  it("describes each answer in full, not by its top-level keys", () => {
    expect(answerOf("GET", "/store/bakeries").required).toEqual(["bakeries", "count", "limit", "offset"])
    const bakery = deref(answerOf("GET", "/store/bakeries/:id").properties.bakery)
    expect(Object.keys(bakery.properties)).toEqual(expect.arrayContaining(["name", "timezone", "opening_hours", "lead_time_minutes"]))
    expect(bakery.properties).not.toHaveProperty("daily_capacity")

    const cake = deref(answerOf("GET", "/store/cakes/:id").properties.cake)
    expect(Object.keys(cake.properties)).toEqual(expect.arrayContaining(["variants", "bakery", "cake_profile"]))
    expect(Object.keys(deref(cake.properties.variants.items.properties.calculated_price).properties)).toContain("calculated_amount")

    const cart = deref(answerOf("POST", "/store/carts/:id/cakes").properties.cart)
    const line = cart.properties.items.items
    expect(JSON.stringify(line.properties.cake_customization)).toContain("CakeCustomization")
    expect(Object.keys(component("CakeCustomization").properties)).toEqual(
      expect.arrayContaining(["message", "egg_version", "toppings", "shape", "notes", "price_adjustment"])
    )

    const delivery = deref(answerOf("GET", "/store/orders/:id/delivery").properties.delivery)
    expect(delivery.properties.status.enum).toEqual(["pending", "shipped", "delivered", "cancelled", "ready_for_pickup", "collected"])
    expect(deref(delivery.properties.fulfillment).enum).toEqual(["pickup", "delivery"])
    expect(JSON.stringify(delivery.properties.estimate)).toContain("DeliveryEstimate")
    expect(answerOf("GET", "/admin/orders/:id/cake-details").required).toEqual(["items", "fulfillment", "status", "slot", "estimate", "balance"])
    const stats = deref(answerOf("GET", "/admin/bakeries/:id/stats").properties.stats)
    expect(Object.keys(stats.properties)).toEqual(expect.arrayContaining(["revenue", "top_cakes", "on_time_share"]))
  })

  it("documents the live streams as text/event-stream, each event's data in full, with their 429", () => {
    for (const matcher of ["/store/orders/:id/delivery/stream", "/admin/orders/:id/delivery/stream"]) {
      const streamed = operationOf("GET", matcher)
      const ok = streamed.responses["200"]
      expect(Object.keys(ok.content)).toEqual(["text/event-stream"])
      expect(ok.description).toContain("`delivery`")
      const event = deref(ok.content["text/event-stream"].schema)
      const delivery = deref(event.properties.delivery)
      expect(Object.keys(delivery.properties)).toEqual(["fulfillment", "status", "slot", "estimate", "driver"])
      expect(delivery.required).not.toContain("driver")
      expect(Object.keys(deref(delivery.properties.driver).properties)).toEqual(["first_name", "latitude", "longitude", "updated_at"])
      // The admin stream also answers a bakery member the 403 of a route that is not theirs.
      const forbidden = matcher.startsWith("/admin") ? ["403"] : []
      expect(Object.keys(streamed.responses).sort()).toEqual(["200", "400", "401", ...forbidden, "404", "429"])
      expect(streamed.description).toContain("Last-Event-ID")
    }
    expect(operationOf("GET", "/store/orders/:id/delivery").responses["200"].content).toHaveProperty("application/json")
  })

  it("documents the photo upload as multipart with a 413, and the photo routes as images, never JSON", () => {
    const upload = operationOf("POST", "/store/carts/:id/cakes/:line_id/photo")
    expect(upload.requestBody).toEqual({
      required: true,
      content: { "multipart/form-data": { schema: { $ref: "#/components/schemas/StoreUploadCakePhoto" } } },
    })
    expect(component("StoreUploadCakePhoto")).toEqual(
      expect.objectContaining({ required: ["file"], properties: { file: expect.objectContaining({ type: "string", format: "binary" }) } })
    )
    expect(Object.keys(upload.responses).sort()).toEqual(["200", "400", "404", "413", "429", "503"])
    expect(document.components.responses.PayloadTooLarge.description).toContain("payload_too_large")
    expect(document.components.responses.ServiceUnavailable.description).toContain("service_unavailable")

    for (const matcher of ["/store/carts/:id/cakes/:line_id/photo", "/store/orders/:id/items/:item_id/photo", "/admin/orders/:id/items/:item_id/photo"]) {
      expect(operationOf("GET", matcher).responses["503"]).toBeDefined()
      const content = operationOf("GET", matcher).responses["200"].content
      expect(Object.keys(content)).toEqual(["image/jpeg", "image/png", "image/webp"])
      expect(content["image/png"].schema).toEqual(expect.objectContaining({ type: "string", format: "binary" }))
    }
    expect(Object.keys(component("CakePhoto").properties)).toEqual(["file_id", "content_type", "size", "width", "height"])
    expect(JSON.stringify(component("CakeCustomization").properties.photo)).toContain("CakePhoto")

    // The upload's route leaves the body unread for its handler: Medusa's JSON parser is off there only.
    const entries = (middlewares.routes ?? []).filter((entry) => String(entry.matcher) === "/store/carts/:id/cakes/:line_id/photo")
    expect(entries.map((entry) => [[(entry as any).methods ?? entry.method].flat()[0], entry.bodyParser])).toEqual([
      ["POST", false],
      ["DELETE", undefined],
      ["GET", undefined],
    ])
  })

  it("points every $ref at a component that exists", () => {
    const refs = [...new Set(refsIn(document))]
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) {
      const [, kind, name] = ref.match(/^#\/components\/(schemas|responses)\/(\w+)$/) ?? []
      expect({ ref, exists: !!kind && !!document.components[kind]?.[name] }).toEqual({ ref, exists: true })
    }
  })

  it("runs, on each route, the validators and the login its documentation shows", () => {
    const mismatches: string[] = []
    for (const route of sweetspotRoutes) {
      const at = `${route.method} ${route.matcher}`
      const used = (middlewares.routes ?? [])
        .filter((entry) => {
          // defineMiddlewares keeps a route's `method` as `methods`.
          const methods = [(entry as { methods?: string[] }).methods ?? entry.method ?? []].flat()
          return String(entry.matcher) === route.matcher && (!methods.length || methods.includes(route.method))
        })
        .flatMap((entry) => entry.middlewares ?? []) as { body?: unknown; query?: unknown; actor?: unknown }[]
      if (used.find((m) => m.body)?.body !== route.body) mismatches.push(`${at}: body validator`)
      if (used.find((m) => m.query)?.query !== route.query) mismatches.push(`${at}: query validator`)
      if (used.some((m) => m.actor === "customer") !== (route.auth === "customer")) mismatches.push(`${at}: customer login`)
    }
    expect(mismatches).toEqual([])
  })

  it("refuses a route documented twice", () => {
    expect(() => buildOpenApiDocument([sweetspotRoutes[0], sweetspotRoutes[0]])).toThrow("is documented twice")
  })
})
