import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { allowedCakeFields, cakeCustomizationItemFields, deliverySlotFields } from "../store/carts/query-config"

const cakeFields = [...cakeCustomizationItemFields, ...deliverySlotFields]

/**
 * For Medusa's own cart and order routes: each cake line answers with its
 * `cake_customization`, and the cart or order with its `delivery_slot`, unless the
 * client chose its fields itself. Mounted without a method, it runs before
 * Medusa's query validation. Store routes check `fields` against an allowed list
 * (`allowCakeFields`), which gains the cake fields and nothing reached through
 * them; Medusa's admin order routes have no such list, and giving them one would
 * drop every other field. Who may read a cart or order at all is decided before
 * this (security/store-ownership).
 */
export const withCakeFields =
  ({ allowCakeFields }: { allowCakeFields: boolean }) =>
  (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    // A middleware without a method matches by prefix: "/" is the matcher's own route, anything else a sub-route.
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
