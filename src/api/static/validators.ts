import { z } from "@medusajs/framework/zod"

/** A private file's bytes (an order export's CSV): described for the document, streamed by the route. */
export const PrivateFileBytes = z.string().meta({ id: "PrivateFile", description: "The file's bytes: `text/csv` for an export." })

export const PRIVATE_FILE_CONTENT_TYPES = ["text/csv", "application/octet-stream"] as const
