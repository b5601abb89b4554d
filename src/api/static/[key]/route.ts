import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { pipeline } from "node:stream/promises"
import { loadBakeryAccess } from "../../../workflows/bakery/utils/bakery-access"

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
  const files = req.scope.resolve<IFileModuleService>(Modules.FILE)
  const stream = await files.getDownloadStream(key).catch(() => {
    throw notFound()
  })
  const chunks = stream[Symbol.asyncIterator]()
  // The first bytes before any header: a file gone from storage is still a 404.
  const first = await chunks.next().catch(() => {
    stream.destroy()
    throw notFound()
  })
  const name = key.replace(/^private-\d+-/, "")
  res.status(200)
  res.setHeader("Content-Type", name.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream")
  res.setHeader("Content-Disposition", `attachment; filename="${name.replace(/"/g, "")}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  await pipeline(async function* () {
    for (let next = first; !next.done; next = await chunks.next()) {
      yield next.value
    }
  }, res).catch(() => res.destroy())
}
