import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { pipeline } from "node:stream/promises"
import { isMissingFile, storageUnavailable } from "../../errors/storage-unavailable"

/** The route's 404 for a file gone from storage; a 503 when storage itself failed (after the provider's retries). */
const unreadable = (error: unknown, notFound: () => MedusaError) =>
  isMissingFile(error) ? notFound() : storageUnavailable("The photo cannot be read just now: storage did not answer. Try again in a moment.")

/**
 * Streams a private file from the File module to a caller the route has already
 * let in, with the given headers. The first bytes are read before any header, so
 * a file gone from storage is still the route's 404 (`notFound`), and storage that
 * fails a 503, never a cut-off 200.
 */
export async function sendPrivateFile(req: MedusaRequest, res: MedusaResponse, fileId: string, headers: Record<string, string>, notFound: () => MedusaError) {
  const files = req.scope.resolve<IFileModuleService>(Modules.FILE)
  const stream = await files.getDownloadStream(fileId).catch((error) => {
    throw unreadable(error, notFound)
  })
  const chunks = stream[Symbol.asyncIterator]()
  const first = await chunks.next().catch((error) => {
    stream.destroy()
    throw unreadable(error, notFound)
  })
  res.status(200)
  for (const [name, value] of Object.entries(headers)) {
    res.setHeader(name, value)
  }
  await pipeline(async function* () {
    for (let next = first; !next.done; next = await chunks.next()) {
      yield next.value
    }
  }, res).catch(() => res.destroy())
}
