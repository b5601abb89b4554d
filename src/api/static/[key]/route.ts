import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadBakeryAccess } from "../../../workflows/bakery/utils/bakery-access"
import { sendPrivateFile } from "../../utils/send-private-file"

/**
 * A private file (an order export) for a platform admin, streamed from the File
 * module. Bakery staff, and a key that names nothing, get the same 404.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const key = req.params.key
  const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, `File ${key} was not found`)
  if (await loadBakeryAccess(req.scope, req.auth_context.actor_id)) {
    throw notFound()
  }
  const name = key.replace(/^private-\d+-/, "")
  await sendPrivateFile(
    req,
    res,
    key,
    {
      "Content-Type": name.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream",
      "Content-Disposition": `attachment; filename="${name.replace(/"/g, "")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
    notFound
  )
}
