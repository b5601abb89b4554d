import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { pipeline } from "node:stream/promises"
import { CakePhoto } from "../../types/cake/cake-options"

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" }

/**
 * Streams a private photo from the File module to a caller the route has already
 * let in. It goes out as the image type SweetSpot checked at upload (never the
 * name's or the storage's), with nosniff and a sandboxing CSP so a browser never
 * runs it as anything else, and is never cached by a shared cache.
 */
export async function sendCakePhoto(req: MedusaRequest, res: MedusaResponse, photo: CakePhoto) {
  const missing = () => new MedusaError(MedusaError.Types.NOT_FOUND, "The photo's file was not found in storage")
  const file = req.scope.resolve<IFileModuleService>(Modules.FILE)
  const stream = await file.getDownloadStream(photo.file_id).catch(() => {
    throw missing()
  })
  // The first bytes before any header: a file gone from storage is still a 404.
  const chunks = stream[Symbol.asyncIterator]()
  const first = await chunks.next().catch(() => {
    stream.destroy()
    throw missing()
  })
  res.status(200)
  res.setHeader("Content-Type", photo.content_type)
  res.setHeader("Content-Length", String(photo.size))
  res.setHeader("Content-Disposition", `inline; filename="cake-photo.${EXTENSIONS[photo.content_type] ?? "img"}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  res.setHeader("X-Content-Type-Options", "nosniff")
  await pipeline(async function* () {
    for (let next = first; !next.done; next = await chunks.next()) {
      yield next.value
    }
  }, res).catch(() => res.destroy())
}
