import {
  authenticate,
  MiddlewareFunction,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { requireActiveDriver } from "../drivers/active-driver"
import { refuseBody, refuseQuery } from "./refuse-unexpected-input"

/**
 * Who may call a route: `store` needs the publishable key (a logged-in shopper is
 * optional, and required for a cart that belongs to one), `customer` needs the key
 * and a logged-in shopper, `admin` a logged-in user or a secret API key, `driver` a
 * logged-in, active driver (bearer token, no key), `driver_registration` a driver's
 * registration token (before the login is bound to a driver).
 */
export type ApiRouteAuth = "store" | "customer" | "admin" | "driver" | "driver_registration"

/** What the OpenAPI document, the SDK's checks and the route-wide test suites know of a route. */
export type ApiRouteDocs = {
  method: "GET" | "POST" | "DELETE"
  /** Express style, as the route's folder: `/store/bakeries/:id`. */
  matcher: string
  auth: ApiRouteAuth
  summary: string
  description?: string
  tags: string[]
  /** The query validator the route runs (described parameter by parameter by its fields' `.meta({ description })`). */
  query?: z.ZodType
  /** The body validator the route runs; its `.meta({ id })` names it in the document. */
  body?: z.ZodType
  /**
   * A multipart/form-data body the route streams itself (no JSON body parser, no
   * body validator): its parts, for the document. The route may answer 413.
   */
  upload?: z.ZodType
  /** The success answer, in full; for a stream, the JSON `data` of each of its events. */
  response: z.ZodType
  /** The success answer's media types when it is not JSON (an image): `response` then describes its bytes. */
  responseContentTypes?: readonly string[]
  /**
   * The route answers a Server-Sent Events stream (`text/event-stream`) of events named
   * `event`, each with `response` as its data, rather than one JSON body. The route-wide
   * suites read its first event and close it.
   */
  stream?: { event: string }
  /** Path parameters and what they name. */
  params?: Record<string, string>
  /**
   * The route answers an `ETag` and honours `If-None-Match` with a 304 without a body
   * (src/api/utils/conditional-get.ts).
   */
  conditional?: boolean
  /** When the route answers 409, besides the errors every route of its kind may answer. */
  conflict?: string
}

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

export type ApiRouteDefinition = ApiRouteDocs & {
  /** Default and allowed `fields`, for a route that takes them. */
  queryConfig?: QueryConfig
}

/** A middleware entry that also carries its route's documentation. */
export type DocumentedRoute = MiddlewareRoute & { docs: ApiRouteDocs }

/**
 * One of SweetSpot's routes, declared once in its resource's `middlewares.ts`:
 * the middlewares it runs (login for `customer` routes, then its body and query
 * validators) and what the OpenAPI document says of it, so the two cannot drift.
 */
export function apiRoute({ queryConfig, ...docs }: ApiRouteDefinition): DocumentedRoute {
  const middlewares: MiddlewareFunction[] = [
    ...(docs.auth === "customer" ? [authenticate("customer", ["session", "bearer"])] : []),
    ...(docs.auth === "driver" ? [authenticate("driver", ["bearer"]), requireActiveDriver] : []),
    ...(docs.auth === "driver_registration" ? [authenticate("driver", ["bearer"], { allowUnregistered: true })] : []),
    // Deny by default: a route without a validator for its query or body takes none.
    ...(docs.query ? [] : [refuseQuery]),
    ...(docs.body ? [validateAndTransformBody(docs.body as Parameters<typeof validateAndTransformBody>[0])] : docs.method === "GET" || docs.upload ? [] : [refuseBody]),
    ...(docs.query ? [validateAndTransformQuery(docs.query as Parameters<typeof validateAndTransformQuery>[0], queryConfig ?? { defaults: [], isList: false })] : []),
  ]
  // An upload is streamed by its route: Medusa's JSON body parser must leave the request unread.
  return { method: [docs.method], matcher: docs.matcher, middlewares, docs, ...(docs.upload ? { bodyParser: false as const } : {}) }
}

/** The documented routes among a middlewares config's entries. */
export function documentedRoutes(routes: MiddlewareRoute[]): ApiRouteDocs[] {
  return routes.filter((route): route is DocumentedRoute => "docs" in route).map((route) => route.docs)
}
