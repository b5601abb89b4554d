import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { allowedCakeFields, cakeCustomizationItemFields, deliverySlotFields } from "./store/carts/query-config"

const cakeFields = [...cakeCustomizationItemFields, ...deliverySlotFields]

/**
 * Medusa's own cart and order routes answer each cake line with its
 * `cake_customization`, and the cart or order with its `delivery_slot`, unless the
 * client chose its fields itself. Runs before Medusa's query validation (a
 * middleware without a method is mounted first). Store routes check `fields`
 * against an allowed list, which gains the cake fields (and nothing reached
 * through them); Medusa's admin order routes have no such list, and giving them
 * one would drop every other field. Who may read a cart or order at all is
 * decided before this (security/store-ownership).
 */
const withCakeFields =
  (allowCakeFields: boolean) => (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    // Middlewares match by prefix: "/" is the matcher's own route, anything else a sub-route.
    if (req.path !== "/") {
      return next()
    }
    if (!req.query.fields) {
      req.query.fields = cakeFields.map((field) => `+${field}`).join(",")
    }
    if (allowCakeFields) {
      req.allowed = [...(req.allowed ?? []), ...allowedCakeFields]
    }
    next()
  }

const storeRoutes = [
  "/store/carts/:id",
  "/store/carts/:id/line-items",
  "/store/carts/:id/line-items/:line_id",
  "/store/carts/:id/customer",
  "/store/carts/:id/shipping-methods",
  "/store/carts/:id/promotions",
  "/store/carts/:id/taxes",
  "/store/orders",
  "/store/orders/:id",
]

const adminRoutes = ["/admin/orders", "/admin/orders/:id"]

export const cakeFieldsOnMedusaRoutesMiddlewares: MiddlewareRoute[] = [
  ...storeRoutes.map((matcher) => ({ matcher, middlewares: [withCakeFields(true)] })),
  ...adminRoutes.map((matcher) => ({ matcher, middlewares: [withCakeFields(false)] })),
]
