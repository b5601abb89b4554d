import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sweetspotOpenApiDocument } from "../../openapi/document"
import { assertApiDocsEnabled } from "../../utils/api-docs"

/** The OpenAPI 3.1 document the reference at /docs renders (no publishable key needed). */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  assertApiDocsEnabled()
  res.json(sweetspotOpenApiDocument())
}
