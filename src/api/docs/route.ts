import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertApiDocsEnabled } from "../utils/api-docs"

/** Scalar's API reference, the version the page loads from its CDN. */
const SCALAR = "https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.34.0"

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SweetSpot API reference</title>
  </head>
  <body>
    <script id="api-reference" data-url="/docs/openapi.json"></script>
    <script src="${SCALAR}"></script>
  </body>
</html>
`

/**
 * A browsable reference of SweetSpot's routes (no publishable key needed): Scalar
 * renders /docs/openapi.json in the browser. The page is plain HTML and the
 * renderer comes from Scalar's CDN, so the server adds no dependency.
 */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  assertApiDocsEnabled()
  res.type("text/html").send(page)
}
