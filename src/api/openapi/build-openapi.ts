import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import type { ApiAnswerKey, ApiRoute, ApiRouteAuth } from "./routes"

export type JsonSchema = Record<string, unknown>

type Parameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema }

type Operation = {
  operationId: string
  summary: string
  description?: string
  tags: string[]
  security: Record<string, string[]>[]
  parameters: Parameter[]
  requestBody?: { required: true; content: { "application/json": { schema: JsonSchema } } }
  responses: Record<string, JsonSchema>
}

export type OpenApiDocument = {
  openapi: "3.1.0"
  info: { title: string; version: string; description: string }
  tags: { name: string }[]
  paths: Record<string, Partial<Record<ApiRoute["method"], Operation>>>
  components: {
    schemas: Record<string, JsonSchema>
    responses: Record<string, JsonSchema>
    securitySchemes: Record<string, JsonSchema>
  }
}

export type BuildOpenApiOptions = { title?: string; version?: string }

/**
 * A zod validator as JSON Schema (2020-12, OpenAPI 3.1's dialect), read as the
 * client writes it: defaults make a field optional, transforms show their input.
 * Refinements a schema cannot express are left out; the route still enforces them.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema
  return json
}

const ref = (kind: "schemas" | "responses", name: string) => ({ $ref: `#/components/${kind}/${name}` })

/** Medusa's error answer, `{ type, message, code? }`; a 401 of Medusa's `authenticate` carries only `message`. */
const errorSchema: JsonSchema = {
  type: "object",
  required: ["message"],
  properties: {
    type: {
      type: "string",
      description: "Medusa's error type.",
      examples: ["invalid_data", "not_allowed", "not_found", "unauthorized", "conflict", "unknown_error"],
    },
    message: { type: "string", description: "What went wrong, naming the field or the thing.", examples: ["Bakery bkry_123 was not found"] },
    code: { type: "string", description: "Medusa's optional error code, e.g. `domain_conflict`, `invalid_state_error`." },
  },
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("schemas", "Error") } } })

/** Shapes DESIGN.md fixes for every client; the rest of the answers are described by their top-level keys. */
const sharedSchemas: Record<string, JsonSchema> = {
  Error: errorSchema,
  DeliveryWindow: {
    type: "object",
    required: ["starts_at", "ends_at", "available"],
    properties: {
      starts_at: { type: "string", format: "date-time" },
      ends_at: { type: "string", format: "date-time" },
      available: { type: "boolean" },
      unavailable_reason: { type: "string", description: "Why the window cannot be booked, when it cannot." },
    },
  },
  DeliverySlot: {
    type: "object",
    required: ["starts_at", "ends_at"],
    properties: {
      date: { type: "string", description: "The day in the bakery's time zone, YYYY-MM-DD." },
      starts_at: { type: "string", format: "date-time" },
      ends_at: { type: "string", format: "date-time" },
    },
  },
  DeliveryEstimate: {
    type: "object",
    required: ["eta_at", "distance_meters", "duration_seconds", "source", "computed_at"],
    properties: {
      eta_at: { type: "string", format: "date-time" },
      distance_meters: { type: ["number", "null"] },
      duration_seconds: { type: ["number", "null"] },
      source: { type: "string", enum: ["google", "fallback"], description: "`fallback` when Google could not answer." },
      computed_at: { type: "string", format: "date-time" },
    },
  },
  OrderDelivery: {
    type: "object",
    required: ["status", "slot", "estimate"],
    properties: {
      status: { type: "string", enum: ["pending", "shipped", "delivered", "cancelled"] },
      slot: { anyOf: [ref("schemas", "DeliverySlot"), { type: "null" }] },
      estimate: { anyOf: [ref("schemas", "DeliveryEstimate"), { type: "null" }] },
    },
  },
  StoreCakeCart: {
    type: "object",
    description: "Medusa's store cart; each cake line carries its `cake_customization`, the cart its `delivery_slot`.",
    required: ["id"],
    properties: {
      id: { type: "string" },
      items: {
        type: "array",
        items: {
          type: "object",
          properties: { cake_customization: { anyOf: [{ type: "object" }, { type: "null" }] } },
        },
      },
      delivery_slot: { anyOf: [ref("schemas", "DeliverySlot"), { type: "null" }] },
    },
  },
}

const securitySchemes: Record<string, JsonSchema> = {
  publishable_key: {
    type: "apiKey",
    in: "header",
    name: "x-publishable-api-key",
    description: "The storefront's publishable API key; every /store route needs it.",
  },
  jwt_token: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A token from `POST /auth/customer/emailpass` (shoppers) or `POST /auth/user/emailpass` (staff).",
  },
  cookie_auth: { type: "apiKey", in: "cookie", name: "connect.sid", description: "A session from `POST /auth/session`." },
  api_token: { type: "http", scheme: "basic", description: "An admin secret API key as the user name, no password." },
}

/** Alternatives, as OpenAPI lists them: any one entry is enough. */
const securityOf: Record<ApiRouteAuth, Record<string, string[]>[]> = {
  store: [{ publishable_key: [], jwt_token: [] }, { publishable_key: [], cookie_auth: [] }, { publishable_key: [] }],
  customer: [{ publishable_key: [], jwt_token: [] }, { publishable_key: [], cookie_auth: [] }],
  admin: [{ jwt_token: [] }, { cookie_auth: [] }, { api_token: [] }],
}

const sharedResponses: Record<string, JsonSchema> = {
  InvalidData: errorResponse(
    "Bad input (type `invalid_data`: an unknown or invalid field or parameter, named in the message) or an action the shop's rules refuse (type `not_allowed`, also for a missing publishable key)."
  ),
  Unauthorized: errorResponse("No logged-in customer or user, or not the right kind."),
  NotFound: errorResponse("The resource in the path does not exist or is not yours (type `not_found`)."),
}

const answerSchema = (key: ApiAnswerKey): JsonSchema =>
  typeof key !== "string" ? key : key.startsWith("$") ? ref("schemas", key.slice(1)) : { type: key }

const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])

/** `post /store/carts/{id}/cakes/{line_id}` -> `PostStoreCartsIdCakesLineId`. */
export const operationIdOf = (route: Pick<ApiRoute, "method" | "path">) =>
  [route.method, ...route.path.split(/[/{}_-]+/)]
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("")

/** Query parameters every list or retrieve route shares, as Medusa's own routes take them. */
const commonParamDescriptions: Record<string, string> = {
  fields: "Fields to answer, Medusa-style: `+field` adds, `-field` removes, a plain list replaces the defaults.",
  limit: "How many to answer, 1-100 (default 20).",
  offset: "How many to skip.",
}

const descriptionOf = (route: ApiRoute, name: string, schema?: JsonSchema) => {
  const description =
    (typeof schema?.description === "string" ? schema.description : undefined) ??
    route.params?.[name] ??
    commonParamDescriptions[name]
  return description ? { description } : {}
}

function queryParameters(route: ApiRoute): Parameter[] {
  if (!route.query) {
    return []
  }
  const schema = toJsonSchema(route.query) as { type?: string; properties?: Record<string, JsonSchema>; required?: string[] }
  if (schema.type !== "object" || !schema.properties) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `The query validator of ${route.method.toUpperCase()} ${route.path} is not an object schema`
    )
  }
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    ...descriptionOf(route, name, property),
    schema: property,
  }))
}

function operation(route: ApiRoute, schemas: Record<string, JsonSchema>): Operation {
  const params = pathParams(route.path)
  const responses: Record<string, JsonSchema> = {
    [String(route.status)]: {
      description: "OK",
      content: {
        "application/json": {
          schema: {
            type: "object",
            required: Object.keys(route.answers),
            properties: Object.fromEntries(Object.entries(route.answers).map(([key, value]) => [key, answerSchema(value)])),
          },
        },
      },
    },
    "400": ref("responses", "InvalidData"),
  }
  if (route.auth !== "store") {
    responses["401"] = ref("responses", "Unauthorized")
  }
  if (params.length) {
    responses["404"] = ref("responses", "NotFound")
  }
  if (route.conflict) {
    responses["409"] = errorResponse(`${route.conflict} (type \`conflict\`, code \`domain_conflict\`)`)
  }

  let requestBody: Operation["requestBody"]
  if (route.body) {
    const { name, schema } = route.body
    schemas[name] = toJsonSchema(schema)
    requestBody = { required: true, content: { "application/json": { schema: ref("schemas", name) } } }
  }

  return {
    operationId: operationIdOf(route),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    security: securityOf[route.auth],
    parameters: [
      ...params.map((name): Parameter => ({
        name,
        in: "path",
        required: true,
        ...descriptionOf(route, name),
        schema: { type: "string" },
      })),
      ...queryParameters(route),
    ],
    ...(requestBody ? { requestBody } : {}),
    responses,
  }
}

/**
 * The OpenAPI 3.1 document of SweetSpot's own routes. Request bodies and query
 * parameters come from the routes' zod validators, so the document cannot drift
 * from what the API accepts; answers are described by their top-level keys.
 */
export function buildOpenApiDocument(routes: ApiRoute[], options: BuildOpenApiOptions = {}): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = { ...sharedSchemas }
  const paths: OpenApiDocument["paths"] = {}
  for (const route of routes) {
    const item = (paths[route.path] ??= {})
    if (item[route.method]) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `${route.method.toUpperCase()} ${route.path} is listed twice`)
    }
    item[route.method] = operation(route, schemas)
  }
  const tags = [...new Set(routes.flatMap((route) => route.tags))].sort().map((name) => ({ name }))

  return {
    openapi: "3.1.0",
    info: {
      title: options.title ?? "SweetSpot API: custom routes",
      version: options.version ?? "1.0.0",
      description:
        "The routes SweetSpot adds to Medusa's Store and Admin APIs. Medusa's own routes (carts, orders, customers, auth) are documented at https://docs.medusajs.com/api. Errors have Medusa's shape `{ type, message }`.",
    },
    tags,
    paths,
    components: { schemas, responses: sharedResponses, securitySchemes },
  }
}
