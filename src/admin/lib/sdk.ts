import Medusa from "@medusajs/js-sdk"
import { sweetspot } from "../../sdk"

/** The dashboard's own js-sdk client: same origin, the staff member's session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})

/** SweetSpot's Admin routes, typed. */
export const sweetspotAdmin = sweetspot(sdk).admin
