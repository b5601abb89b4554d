import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { createDocument, ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponseObject } from "zod-openapi"
import type { ApiRouteAuth, ApiRouteDocs } from "../utils/api-route"
import { ErrorResponse } from "../errors/error-response"

export type OpenApiDocument = ReturnType<typeof createDocument>

export type BuildOpenApiOptions = { title?: string; version?: string }

const errorAnswer = (description: string, id?: string): ZodOpenApiResponseObject => ({
  description,
  content: { "application/json": { schema: ErrorResponse } },
  ...(id ? { id } : {}),
})

/** The errors every route of a kind may answer, registered once and referenced. */
const errors = {
  invalid: errorAnswer(
    "Bad input (type `invalid_data`: an unknown or invalid field or parameter, named in the message) or an action the shop's rules refuse (type `not_allowed`, also for a missing publishable key).",
    "InvalidData"
  ),
  unauthorized: errorAnswer("No logged-in customer or user, or not the right kind.", "Unauthorized"),
  forbidden: errorAnswer(
    "A bakery member (staff or owner) on a route that is not theirs (type `forbidden`): the message says what they cannot do and to ask a platform admin, or that only the bakery's owner may.",
    "Forbidden"
  ),
  notFound: errorAnswer("The resource in the path does not exist or is not yours (type `not_found`): the same answer either way.", "NotFound"),
  tooMany: errorAnswer("Too many requests from this address: try again after `Retry-After` seconds (type `too_many_requests`).", "TooManyRequests"),
  tooManyStreams: errorAnswer(
    "The caller already holds the most live streams allowed at once: close one first (type `too_many_requests`).",
    "TooManyStreams"
  ),
  tooLarge: errorAnswer("The upload is larger than the route takes (type `payload_too_large`): the message names the limit.", "PayloadTooLarge"),
  storage: errorAnswer(
    "File storage (S3, or the disk) failed after the provider's own retries (type `service_unavailable`): nothing was kept; try again after `Retry-After` seconds.",
    "ServiceUnavailable"
  ),
}

/** A stream's success: Server-Sent Events, each event's `data` one line of JSON in the route's answer schema. */
const streamAnswer = (event: string, data: z.ZodType): ZodOpenApiResponseObject => ({
  description:
    `A Server-Sent Events stream (\`text/event-stream\`): \`retry:\` first, then events named \`${event}\`, ` +
    "each with an `id:` and, in `data:`, one line of JSON in the schema below; a comment line (`: heartbeat`) keeps a quiet stream open.",
  content: { "text/event-stream": { schema: data } },
})

const securitySchemes = {
  publishable_key: {
    type: "apiKey" as const,
    in: "header" as const,
    name: "x-publishable-api-key",
    description: "The storefront's publishable API key; every /store route needs it.",
  },
  jwt_token: {
    type: "http" as const,
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "A token from `POST /auth/customer/emailpass` (shoppers), `POST /auth/user/emailpass` (staff) or `POST /auth/driver/emailpass` (drivers; `POST /auth/driver/emailpass/register` gives the registration token `POST /drivers` takes).",
  },
  cookie_auth: { type: "apiKey" as const, in: "cookie" as const, name: "connect.sid", description: "A session from `POST /auth/session`." },
  api_token: { type: "http" as const, scheme: "basic", description: "An admin secret API key as the user name, no password." },
}

/** Alternatives, as OpenAPI lists them: any one entry is enough. */
const securityOf: Record<ApiRouteAuth, Record<string, string[]>[]> = {
  store: [{ publishable_key: [], jwt_token: [] }, { publishable_key: [], cookie_auth: [] }, { publishable_key: [] }],
  customer: [{ publishable_key: [], jwt_token: [] }, { publishable_key: [], cookie_auth: [] }],
  admin: [{ jwt_token: [] }, { cookie_auth: [] }, { api_token: [] }],
  driver: [{ jwt_token: [] }],
  driver_registration: [{ jwt_token: [] }],
}

/** `/store/bakeries/:id` -> `/store/bakeries/{id}`. */
export const openApiPath = (matcher: string) => matcher.replace(/:(\w+)/g, "{$1}")

const pathParamNames = (matcher: string) => [...matcher.matchAll(/:(\w+)/g)].map((match) => match[1])

/** `POST /store/carts/:id/cakes/:line_id` -> `PostStoreCartsIdCakesLineId`. */
export const operationIdOf = (route: Pick<ApiRouteDocs, "method" | "matcher">) =>
  [route.method.toLowerCase(), ...route.matcher.split(/[/:_-]+/)]
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("")

/** A query validator as an object of parameters: one with a transform (`.transform`, a pipe) is documented by what the client writes. */
function queryObject(schema: z.ZodType) {
  const def = (schema as any)._zod.def
  const object = def.type === "pipe" ? def.in : schema
  if ((object as any)._zod.def.type !== "object") {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "A query validator must be an object schema")
  }
  return object as z.ZodObject
}

function operation(route: ApiRouteDocs): ZodOpenApiOperationObject {
  const names = pathParamNames(route.matcher)
  const answerTypes = route.responseContentTypes ?? ["application/json"]
  const responses: ZodOpenApiOperationObject["responses"] = {
    "200": route.stream
      ? streamAnswer(route.stream.event, route.response)
      : { description: "OK", content: Object.fromEntries(answerTypes.map((type) => [type, { schema: route.response }])) },
    "400": errors.invalid,
  }
  if (route.conditional) {
    responses["200"] = {
      ...responses["200"],
      headers: { ETag: { description: "Names this answer; send it back in `If-None-Match` to revalidate.", schema: { type: "string" } } },
    } as (typeof responses)["200"]
    responses["304"] = { description: "Not modified: the `If-None-Match` ETag still names the current answer (no body)." }
  }
  if (route.auth !== "store") {
    responses["401"] = errors.unauthorized
  }
  if (route.auth === "admin") {
    responses["403"] = errors.forbidden
  }
  if (names.length || route.auth === "customer" || route.auth === "driver") {
    responses["404"] = errors.notFound
  }
  if (route.conflict) {
    responses["409"] = errorAnswer(`${route.conflict} (type \`conflict\`, code \`domain_conflict\`)`)
  }
  if (route.upload) {
    responses["413"] = errors.tooLarge
  }
  if (route.method !== "GET" && route.matcher.startsWith("/store/carts")) {
    responses["429"] = errors.tooMany
  }
  if (route.stream) {
    responses["429"] = errors.tooManyStreams
  }
  // Routes that write or read a stored file: an upload, or a file as the answer.
  if (route.upload || route.responseContentTypes) {
    responses["503"] = errors.storage
  }
  return {
    operationId: operationIdOf(route),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    security: securityOf[route.auth],
    requestParams: {
      ...(names.length
        ? { path: z.object(Object.fromEntries(names.map((name) => [name, z.string().meta({ description: route.params?.[name] ?? name })]))) }
        : {}),
      ...(route.query ? { query: queryObject(route.query) } : {}),
      ...(route.conditional
        ? { header: z.object({ "if-none-match": z.string().optional().meta({ description: "An ETag this route answered before: 304 if it still holds." }) }) }
        : {}),
    },
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: route.body } } } } : {}),
    ...(route.upload ? { requestBody: { required: true, content: { "multipart/form-data": { schema: route.upload } } } } : {}),
    responses,
  }
}

/**
 * The OpenAPI 3.1 document of SweetSpot's own routes, from what each route
 * declares beside its middlewares (src/api/utils/api-route.ts): request bodies and
 * query parameters are the validators the routes run, answers the schemas the
 * route-wide tests check real answers against, so the document cannot drift.
 */
export function buildOpenApiDocument(routes: ApiRouteDocs[], options: BuildOpenApiOptions = {}): OpenApiDocument {
  const paths: ZodOpenApiPathsObject = {}
  for (const route of routes) {
    const path = openApiPath(route.matcher)
    const method = route.method.toLowerCase() as "get" | "post" | "delete"
    const item = (paths[path] ??= {}) as Record<string, ZodOpenApiOperationObject>
    if (item[method]) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `${route.method} ${route.matcher} is documented twice`)
    }
    item[method] = operation(route)
  }
  const tags = [...new Set(routes.flatMap((route) => route.tags))].sort().map((name) => ({ name }))
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: options.title ?? "SweetSpot API: custom routes",
      version: options.version ?? "1.0.0",
      description:
        "The routes SweetSpot adds to Medusa's Store and Admin APIs. Medusa's own routes (carts, orders, customers, auth) are documented at https://docs.medusajs.com/api. Errors have Medusa's shape `{ type, message }`.",
    },
    tags,
    paths,
    components: { securitySchemes },
  })
}
