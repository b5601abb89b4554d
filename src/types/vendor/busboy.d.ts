/**
 * The part of busboy 1.x (the multipart parser under multer, which Medusa's own
 * upload route uses) that SweetSpot's photo upload calls. busboy ships no types.
 */
declare module "busboy" {
  import type { IncomingHttpHeaders } from "node:http"
  import type { Readable, Writable } from "node:stream"

  type Limits = {
    fieldNameSize?: number
    fieldSize?: number
    fields?: number
    fileSize?: number
    files?: number
    parts?: number
    headerPairs?: number
  }
  type FileInfo = { filename?: string; encoding: string; mimeType: string }

  interface Busboy extends Writable {
    on(event: "file", listener: (name: string, stream: Readable, info: FileInfo) => void): this
    on(event: "field", listener: (name: string, value: string) => void): this
    on(event: "filesLimit" | "fieldsLimit" | "partsLimit" | "close" | "finish", listener: () => void): this
    on(event: "error", listener: (error: Error) => void): this
  }

  function busboy(config: { headers: IncomingHttpHeaders; limits?: Limits; preservePath?: boolean; defParamCharset?: string }): Busboy
  export = busboy
}
