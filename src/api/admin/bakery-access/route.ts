import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bakeryAccessOf } from "../../security/bakery-staff"

/** The logged-in user's bakeries and role in each, or a platform admin's `platform_admin: true` (the dashboard's landing page reads it). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const access = bakeryAccessOf(req)
  res.json({ access: { platform_admin: !access, memberships: access?.memberships ?? [] } })
}
