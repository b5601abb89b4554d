import { createServer, IncomingMessage, Server } from "node:http"

/** An object the fake keeps: its bytes and the headers it was stored with. */
export type FakeS3Object = { body: Buffer; contentType?: string; acl?: string }

/**
 * The payload of a request the AWS SDK sent `aws-chunked` (a streamed body with its
 * checksum in a trailer): `<hex size>[;ext]\r\n<bytes>\r\n` ... `0\r\n<trailers>\r\n\r\n`.
 */
function decodeAwsChunked(raw: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = raw.indexOf("\r\n", at)
    const size = parseInt(raw.subarray(at, lineEnd).toString("latin1").split(";")[0], 16)
    if (!size) {
      return Buffer.concat(parts)
    }
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
}

const payloadOf = (req: IncomingMessage, raw: Buffer) =>
  String(req.headers["content-encoding"] ?? "").includes("aws-chunked") || req.headers["x-amz-decoded-content-length"] !== undefined
    ? decodeAwsChunked(raw)
    : raw

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>${body}`

/**
 * A stand-in for S3 on 127.0.0.1, path-style (`/<bucket>/<key>`), for the calls
 * Medusa's S3 file provider makes: PutObject, the multipart upload of a stream
 * (create, parts, complete, abort), GetObject, DeleteObject and DeleteObjects.
 * Signatures are not checked. While `failures` is above zero (counting down), writes
 * answer 503 as S3 does when it asks a client to slow down; while `down`, every request does.
 */
export function fakeS3(port: number, bucket: string) {
  const objects = new Map<string, FakeS3Object>()
  const uploads = new Map<string, { key: string; parts: Map<number, Buffer>; contentType?: string; acl?: string }>()
  const requests: string[] = []
  const state = { failures: 0, down: false }
  let made = 0

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", () => {
      const url = new URL(req.url!, "http://s3.test")
      const [, inBucket, ...keyParts] = url.pathname.split("/")
      const key = keyParts.map(decodeURIComponent).join("/")
      const body = payloadOf(req, Buffer.concat(chunks))
      const q = url.searchParams
      requests.push(`${req.method} ${url.pathname}${url.search}`)
      const send = (status: number, payload = "", headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/xml", ...headers })
        res.end(payload)
      }
      const error = (status: number, code: string, message: string) =>
        send(status, xml(`<Error><Code>${code}</Code><Message>${message}</Message><Key>${key}</Key></Error>`))

      if (inBucket !== bucket) {
        return error(404, "NoSuchBucket", "The specified bucket does not exist")
      }
      if (state.down || (req.method !== "GET" && state.failures > 0)) {
        state.failures = Math.max(0, state.failures - 1)
        return error(503, "SlowDown", "Please reduce your request rate.")
      }
      const contentType = req.headers["content-type"] as string | undefined
      const acl = req.headers["x-amz-acl"] as string | undefined

      if (req.method === "POST" && q.has("delete")) {
        for (const [, deleted] of body.toString("utf8").matchAll(/<Key>([^<]*)<\/Key>/g)) {
          objects.delete(deleted.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"))
        }
        return send(200, xml(`<DeleteResult></DeleteResult>`))
      }
      if (req.method === "POST" && q.has("uploads")) {
        const uploadId = `upload-${++made}`
        uploads.set(uploadId, { key, parts: new Map(), contentType, acl })
        return send(200, xml(`<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`))
      }
      const upload = q.get("uploadId") ? uploads.get(q.get("uploadId")!) : undefined
      if (q.get("uploadId") && !upload) {
        return error(404, "NoSuchUpload", "The specified upload does not exist")
      }
      if (req.method === "PUT" && upload) {
        upload.parts.set(Number(q.get("partNumber")), body)
        return send(200, "", { etag: `"part-${q.get("partNumber")}"` })
      }
      if (req.method === "POST" && upload) {
        const bytes = Buffer.concat([...upload.parts.entries()].sort(([a], [b]) => a - b).map(([, part]) => part))
        objects.set(upload.key, { body: bytes, contentType: upload.contentType, acl: upload.acl })
        uploads.delete(q.get("uploadId")!)
        return send(200, xml(`<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"done"</ETag></CompleteMultipartUploadResult>`))
      }
      if (req.method === "DELETE" && upload) {
        uploads.delete(q.get("uploadId")!)
        return send(204)
      }
      if (req.method === "PUT") {
        objects.set(key, { body, contentType, acl })
        return send(200, "", { etag: `"object-${++made}"` })
      }
      if (req.method === "GET" || req.method === "HEAD") {
        const object = objects.get(key)
        if (!object) {
          return error(404, "NoSuchKey", "The specified key does not exist.")
        }
        res.writeHead(200, { "content-type": object.contentType ?? "application/octet-stream", "content-length": String(object.body.length) })
        return res.end(req.method === "GET" ? object.body : undefined)
      }
      if (req.method === "DELETE") {
        objects.delete(key)
        return send(204)
      }
      return error(400, "NotImplemented", `The fake has no ${req.method} ${url.pathname}${url.search}`)
    })
  })

  return {
    objects,
    /** Multipart uploads started and neither completed nor aborted. */
    uploads,
    requests,
    state,
    url: `http://127.0.0.1:${port}`,
    start: () => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve())),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
