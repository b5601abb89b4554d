import middlewares from "../middlewares"
import { documentedRoutes } from "../utils/api-route"
import { buildOpenApiDocument, OpenApiDocument } from "./build-openapi"

/** Every route SweetSpot adds, as its middlewares declare it. */
export const sweetspotRoutes = documentedRoutes(middlewares.routes ?? [])

let document: OpenApiDocument | undefined

/** The OpenAPI document of SweetSpot's routes, built once per process. */
export function sweetspotOpenApiDocument(): OpenApiDocument {
  document ??= buildOpenApiDocument(sweetspotRoutes)
  return document
}
