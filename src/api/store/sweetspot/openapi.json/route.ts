import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildOpenApiDocument, OpenApiDocument } from "../../../openapi/build-openapi"
import { sweetspotRoutes } from "../../../openapi/routes"

let document: OpenApiDocument | undefined

/** The OpenAPI 3.1 document of SweetSpot's own routes, generated from their zod validators (built once per process). */
export const GET = async (_req: MedusaRequest, res: MedusaResponse<OpenApiDocument>) => {
  document ??= buildOpenApiDocument(sweetspotRoutes)
  res.json(document)
}
