import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CakePhoto } from "../../types/cake/cake-options"
import { sendPrivateFile } from "./send-private-file"

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" }

/**
 * Streams a private photo from the File module to a caller the route has already
 * let in. It goes out as the image type SweetSpot checked at upload (never the
 * name's or the storage's), with nosniff and a sandboxing CSP so a browser never
 * runs it as anything else, and is never cached by a shared cache.
 */
export async function sendCakePhoto(req: MedusaRequest, res: MedusaResponse, photo: CakePhoto) {
  await sendPrivateFile(
    req,
    res,
    photo.file_id,
    {
      "Content-Type": photo.content_type,
      "Content-Length": String(photo.size),
      "Content-Disposition": `inline; filename="cake-photo.${EXTENSIONS[photo.content_type] ?? "img"}"`,
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
    () => new MedusaError(MedusaError.Types.NOT_FOUND, "The photo's file was not found in storage")
  )
}
