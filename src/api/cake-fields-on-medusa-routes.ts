import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { cakeCustomizationItemFields, deliverySlotFields } from "./store/carts/query-config"

const cakeFields = [...cakeCustomizationItemFields, ...deliverySlotFields]

/**
 * Medusa's own cart and order routes answer each cake line with its
 * `cake_customization`, and the cart or order with its `delivery_slot`, unless
 * the client chose its fields itself. Whether this
 * runs before or after Medusa's query validation, the fields land in the query.
 */
function withCakeCustomizations(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Middlewares match by prefix: "/" is the matcher's own route, anything else a sub-route.
  if (req.path === "/" && !req.query.fields) {
    if (req.queryConfig?.fields) {
      req.queryConfig.fields = [...new Set([...req.queryConfig.fields, ...cakeFields])]
    } else {
      req.query.fields = cakeFields.map((field) => `+${field}`).join(",")
      req.allowed = [...(req.allowed ?? []), "items.cake_customization", "delivery_slot", ...cakeFields]
    }
  }
  next()
}

const routes = [
  "/store/carts/:id",
  "/store/carts/:id/line-items",
  "/store/carts/:id/line-items/:line_id",
  "/store/carts/:id/customer",
  "/store/carts/:id/shipping-methods",
  "/store/orders",
  "/store/orders/:id",
  "/admin/orders",
  "/admin/orders/:id",
]

export const cakeFieldsOnMedusaRoutesMiddlewares: MiddlewareRoute[] = routes.map((matcher) => ({
  matcher,
  middlewares: [withCakeCustomizations],
}))
