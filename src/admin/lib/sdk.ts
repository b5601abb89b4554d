import Medusa from "@medusajs/js-sdk"
import { sweetspot } from "../../sdk"

/** The dashboard's own js-sdk client: the API the dashboard uses, with the staff member's session. */
export const sdk = new Medusa({
  baseUrl: (typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) || "/",
  auth: {
    type: (typeof __AUTH_TYPE__ !== "undefined" && __AUTH_TYPE__) || "session",
    jwtTokenStorageKey: (typeof __JWT_TOKEN_STORAGE_KEY__ !== "undefined" && __JWT_TOKEN_STORAGE_KEY__) || undefined,
  },
})

/** SweetSpot's Admin routes, typed. */
export const sweetspotAdmin = sweetspot(sdk).admin
