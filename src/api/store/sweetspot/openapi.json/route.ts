import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sweetspotOpenApiDocument } from "../../../openapi/document"

/** The OpenAPI 3.1 document of SweetSpot's own routes, for clients that hold the publishable key. */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.json(sweetspotOpenApiDocument())
}
