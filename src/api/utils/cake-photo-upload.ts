import { MedusaRequest } from "@medusajs/framework/http"
import { IFileModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import busboy from "busboy"
import { randomUUID } from "node:crypto"
import { Readable, Writable } from "node:stream"
import { storageUnavailable } from "../../errors/storage-unavailable"
import { CakePhotoInspector, formatBytes } from "../../workflows/cake/rules/cake-photo-image"
import { CakePhoto, CakePhotoContentType } from "../../types/cake/cake-options"

/** The multipart field that carries the photo. */
export const CAKE_PHOTO_FIELD = "file"

const EXTENSIONS: Record<CakePhotoContentType, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" }

const refused = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const howToSend = (maxBytes: number) =>
  `send one JPEG, PNG or WebP image of at most ${formatBytes(maxBytes)} as multipart/form-data in a field named "${CAKE_PHOTO_FIELD}"`

type Upload = Awaited<ReturnType<IFileModuleService["getUploadStream"]>>

/** A failure of the storage itself (after the provider's own retries), told apart from a refusal of the photo. */
const storageFailed = (error: unknown) =>
  MedusaError.isMedusaError(error)
    ? error
    : storageUnavailable("file: the photo could not be stored just now: storage did not answer, and nothing was kept. Send it again in a moment.")

/** Stops a started upload and deletes whatever part of the file reached storage. */
async function discard(file: IFileModuleService, upload: Upload, logger: Logger) {
  const stream = upload.writeStream as Writable
  const closed = stream.closed ? Promise.resolve() : new Promise((resolve) => stream.once("close", resolve))
  stream.destroy(new Error("The photo was refused"))
  await Promise.all([closed, upload.promise.catch(() => undefined)])
  await file.deleteFiles([upload.fileKey]).catch((error: Error) => {
    logger.error(`A refused cake photo could not be deleted (${upload.fileKey}): ${error.message}`)
  })
}

/**
 * Streams one part into the File module as a private file while the inspector
 * checks it. Storage is opened only once the first bytes show an accepted image
 * type; a refusal stops the upload, deletes what was stored and lets the rest of
 * the request drain unread.
 */
function storePart(part: Readable, maxBytes: number, file: IFileModuleService, logger: Logger): Promise<CakePhoto> {
  const inspector = new CakePhotoInspector(maxBytes)
  return new Promise((resolve, reject) => {
    let upload: Upload | null = null
    let opening: Promise<void> | null = null
    const held: Buffer[] = []
    let failed = false

    const fail = async (error: unknown) => {
      if (failed) {
        return
      }
      failed = true
      // Busboy waits on a part nobody reads: keep it flowing so the request is read to its end and dropped.
      part.resume()
      await opening?.catch(() => undefined)
      if (upload) {
        await discard(file, upload, logger)
      }
      reject(error)
    }

    const write = (chunk: Buffer) => {
      if (!upload!.writeStream.write(chunk)) {
        part.pause()
        upload!.writeStream.once("drain", () => !failed && part.resume())
      }
    }

    part.on("data", (chunk: Buffer) => {
      if (failed) {
        return
      }
      try {
        inspector.push(chunk)
      } catch (error) {
        void fail(error)
        return
      }
      if (upload) {
        write(chunk)
        return
      }
      held.push(chunk)
      if (inspector.contentType && !opening) {
        part.pause()
        const contentType = inspector.contentType
        opening = file
          .getUploadStream({ filename: `cake-photo-${randomUUID()}.${EXTENSIONS[contentType]}`, mimeType: contentType, access: "private" })
          .then((started) => {
            upload = started
            // Settled by `end` or `discard`; never left to reject unobserved.
            upload.promise.catch(() => undefined)
            held.splice(0).forEach(write)
            if (!failed) {
              part.resume()
            }
          })
        opening.catch((error) => fail(storageFailed(error)))
      }
    })

    part.on("error", (error) => void fail(refused(`file: the upload was cut off (${error.message}); ${howToSend(maxBytes)}`)))

    part.on("end", async () => {
      if (failed) {
        return
      }
      try {
        await opening
        const facts = inspector.end()
        if (!upload) {
          throw refused("file: the photo could not be stored")
        }
        upload.writeStream.end()
        await upload.promise.catch((error) => Promise.reject(storageFailed(error)))
        resolve({ file_id: upload.fileKey, ...facts })
      } catch (error) {
        await fail(error)
      }
    })
  })
}

/**
 * Reads a multipart request's one photo, field `file`, and stores it privately
 * through Medusa's File module as it streams: at most `maxBytes`, a JPEG, PNG or
 * WebP by its first bytes and one whole image (CakePhotoInspector), never the
 * whole body in memory. Anything else is a 400 (413 past the limit) that says what
 * is accepted, and nothing is left in storage.
 */
export function receiveCakePhoto(req: MedusaRequest, maxBytes: number): Promise<CakePhoto> {
  const file = req.scope.resolve<IFileModuleService>(Modules.FILE)
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  if (!/^multipart\/form-data\b/i.test(String(req.headers["content-type"] ?? ""))) {
    return Promise.reject(refused(`file: ${howToSend(maxBytes)}`))
  }
  let parser: ReturnType<typeof busboy>
  try {
    parser = busboy({
      headers: req.headers,
      // One byte past the limit lets the inspector see that the photo is too large.
      limits: { files: 1, fields: 0, fileSize: maxBytes + 1, headerPairs: 20 },
    })
  } catch {
    return Promise.reject(refused(`file: the body is not readable multipart/form-data; ${howToSend(maxBytes)}`))
  }

  return new Promise((resolve, reject) => {
    let stored: Promise<CakePhoto> | null = null
    let problem: Error | null = null
    const refuse = (message: string) => {
      problem ??= refused(`file: ${message}; ${howToSend(maxBytes)}`)
    }

    parser.on("file", (name: string, part: Readable) => {
      if (name !== CAKE_PHOTO_FIELD || stored || problem) {
        refuse(name !== CAKE_PHOTO_FIELD ? `"${name}" is not a field this route takes` : "one photo per request")
        part.resume()
        return
      }
      stored = storePart(part, maxBytes, file, logger)
      // Observed at the end; a refusal must not be an unhandled rejection meanwhile.
      stored.catch(() => undefined)
    })
    parser.on("field", (name: string) => refuse(`"${name}" is not a field this route takes`))
    parser.on("filesLimit", () => refuse("one photo per request"))
    parser.on("fieldsLimit", () => refuse(`nothing but the photo, sent as a file (with a filename) in "${CAKE_PHOTO_FIELD}"`))
    parser.on("error", (error: Error) => refuse(`the body is not readable multipart/form-data (${error.message})`))
    parser.on("close", async () => {
      const outcome = stored ? await stored.then((photo) => ({ photo }), (error: Error) => ({ error })) : null
      if (problem || !outcome || "error" in outcome) {
        if (outcome && "photo" in outcome) {
          await file.deleteFiles([outcome.photo.file_id]).catch(() => undefined)
        }
        reject(problem ?? (outcome && "error" in outcome ? outcome.error : refused(`file: no photo was sent; ${howToSend(maxBytes)}`)))
        return
      }
      resolve(outcome.photo)
    })
    // A client that goes away mid-upload: the parser fails the part, whose stored bytes are deleted.
    req.on("close", () => {
      if (!req.complete) {
        parser.destroy(new Error("the request was cut off"))
      }
    })
    req.pipe(parser)
  })
}
