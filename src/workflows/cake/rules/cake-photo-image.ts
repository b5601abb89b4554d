import { MedusaError } from "@medusajs/framework/utils"
import { payloadTooLarge } from "../../../errors/payload-too-large"
import { CakePhotoContentType } from "../../../types/cake/cake-options"

/** What SweetSpot reads of an accepted photo. */
export type CakePhotoFacts = { content_type: CakePhotoContentType; size: number; width: number | null; height: number | null }

const KINDS: Record<CakePhotoContentType, string> = { "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP" }

/** "5 MB", "200 KB" or "900 bytes": a limit as a shopper reads it. */
export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024
  if (bytes >= mb && Number.isInteger((bytes * 10) / mb)) {
    return `${bytes / mb} MB`
  }
  return bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`
}

const allowedTypes = "a JPEG, PNG or WebP image"
const allowed = (maxBytes: number) => `a JPEG, PNG or WebP image of at most ${formatBytes(maxBytes)}`
const refused = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${message}`)

/*
 * Each format is read by a generator that asks for bytes as it goes: `read` n
 * bytes, `skip` n bytes (seeing them), `scan` a JPEG's compressed data up to its
 * next marker, or `end`: ask whether the file stops here. The inspector feeds it
 * the upload chunk by chunk, so a photo is checked while it streams to storage and
 * is never held whole in memory.
 */
type Request = { read: number } | { skip: number; see?: (bytes: Buffer) => void } | { scan: true } | { end: true }
type Dimensions = { width: number | null; height: number | null }
type Reader<T> = Generator<Request, T, any>

const damaged = (kind: string) => refused(`this ${kind} is damaged or holds more than an image; send the photo as a plain JPEG, PNG or WebP file`)

/** PNG's CRC-32 (ISO 3309), continued from `crc` over more bytes. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return c >>> 0
})
export function crc32(bytes: Buffer, crc = 0): number {
  let c = ~crc >>> 0
  for (let i = 0; i < bytes.length; i++) {
    c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  }
  return ~c >>> 0
}

function* readBytes(n: number): Reader<Buffer> {
  return (yield { read: n }) as Buffer
}

/** PNG: the signature, then chunks (length, type, data, CRC) from IHDR to IEND, every CRC right. */
function* png(): Reader<Dimensions> {
  const rest = yield* readBytes(6)
  if (!rest.equals(Buffer.from([0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw damaged("PNG")
  }
  let dimensions: Dimensions | null = null
  let sawData = false
  for (;;) {
    const header = yield* readBytes(8)
    const length = header.readUInt32BE(0)
    const type = header.subarray(4, 8)
    const name = type.toString("latin1")
    if (length > 0x7fffffff || !/^[A-Za-z]{4}$/.test(name) || (!dimensions && (name !== "IHDR" || length !== 13))) {
      throw damaged("PNG")
    }
    let crc = crc32(type)
    if (!dimensions) {
      const ihdr = yield* readBytes(13)
      crc = crc32(ihdr, crc)
      dimensions = { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4) }
    } else {
      yield { skip: length, see: (bytes: Buffer) => (crc = crc32(bytes, crc)) }
    }
    if ((yield* readBytes(4)).readUInt32BE(0) !== crc >>> 0) {
      throw damaged("PNG")
    }
    sawData ||= name === "IDAT"
    if (name === "IEND") {
      if (!sawData || !dimensions.width || !dimensions.height) {
        throw damaged("PNG")
      }
      return dimensions
    }
  }
}

/** The next JPEG marker: 0xFF, any fill bytes, then the marker's code. */
function* jpegMarker(): Reader<number> {
  if ((yield* readBytes(1))[0] !== 0xff) {
    throw damaged("JPEG")
  }
  let code = 0xff
  while (code === 0xff) {
    code = (yield* readBytes(1))[0]
  }
  return code
}

/** Start-of-frame markers carry the size: C0-CF but C4 (tables), C8 (reserved) and CC (arithmetic). */
const isFrame = (code: number) => code >= 0xc0 && code <= 0xcf && code !== 0xc4 && code !== 0xc8 && code !== 0xcc

/** One JPEG from after its SOI to its EOI: segments, a frame, at least one scan. */
function* jpegImage(): Reader<Dimensions> {
  let dimensions: Dimensions | null = null
  let sawScan = false
  let code = yield* jpegMarker()
  for (;;) {
    if (code === 0xd9) {
      if (!dimensions || !sawScan) {
        throw damaged("JPEG")
      }
      return dimensions
    }
    if (code === 0xd8 || code === 0x00) {
      throw damaged("JPEG")
    }
    if ((code >= 0xd0 && code <= 0xd7) || code === 0x01) {
      code = yield* jpegMarker()
      continue
    }
    const length = (yield* readBytes(2)).readUInt16BE(0)
    if (length < 2) {
      throw damaged("JPEG")
    }
    if (isFrame(code)) {
      const frame = yield* readBytes(length - 2)
      if (frame.length < 5) {
        throw damaged("JPEG")
      }
      dimensions = { height: frame.readUInt16BE(1), width: frame.readUInt16BE(3) }
    } else {
      yield { skip: length - 2 }
    }
    if (code === 0xda) {
      sawScan = true
      code = (yield { scan: true }) as number
    } else {
      code = yield* jpegMarker()
    }
  }
}

/**
 * JPEG: one image, SOI to EOI. Phones append further whole JPEGs (previews, depth
 * or gain maps: MPF) after the first one's EOI; those are read the same way.
 * Anything else after an image is refused.
 */
function* jpeg(): Reader<Dimensions> {
  const dimensions = yield* jpegImage()
  for (;;) {
    if ((yield { end: true }) as boolean) {
      return dimensions
    }
    const soi = yield* readBytes(2)
    if (soi[0] !== 0xff || soi[1] !== 0xd8) {
      throw damaged("JPEG")
    }
    yield* jpegImage()
  }
}

/** WebP: a RIFF file whose declared size is the file's, its chunks inside it, an image among them. */
function* webp(): Reader<Dimensions> {
  const head = yield* readBytes(10)
  if (head.subarray(0, 2).toString("latin1") !== "FF" || head.subarray(6, 10).toString("latin1") !== "WEBP") {
    throw refused(`send ${allowedTypes}; this file is none of them (its content is checked, not its name)`)
  }
  let remaining = head.readUInt32LE(2) - 4
  let dimensions: Dimensions | null = null
  let sawImage = false
  while (remaining > 0) {
    if (remaining < 8) {
      throw damaged("WebP")
    }
    const chunk = yield* readBytes(8)
    const name = chunk.subarray(0, 4).toString("latin1")
    const size = chunk.readUInt32LE(4)
    const padded = size + (size & 1)
    remaining -= 8
    if (!/^[\x20-\x7e]{4}$/.test(name) || padded > remaining) {
      throw damaged("WebP")
    }
    let read = 0
    if (!dimensions) {
      if (name === "VP8 " && size >= 10) {
        const frame = yield* readBytes((read = 10))
        if (frame[3] !== 0x9d || frame[4] !== 0x01 || frame[5] !== 0x2a) {
          throw damaged("WebP")
        }
        dimensions = { width: frame.readUInt16LE(6) & 0x3fff, height: frame.readUInt16LE(8) & 0x3fff }
      } else if (name === "VP8L" && size >= 5) {
        const b = yield* readBytes((read = 5))
        if (b[0] !== 0x2f) {
          throw damaged("WebP")
        }
        dimensions = { width: 1 + (((b[2] & 0x3f) << 8) | b[1]), height: 1 + (((b[4] & 0x0f) << 10) | (b[3] << 2) | ((b[2] & 0xc0) >> 6)) }
      } else if (name === "VP8X" && size >= 10) {
        const b = yield* readBytes((read = 10))
        dimensions = { width: 1 + b.readUIntLE(4, 3), height: 1 + b.readUIntLE(7, 3) }
      } else {
        throw damaged("WebP")
      }
    }
    sawImage ||= name === "VP8 " || name === "VP8L" || name === "ANMF"
    yield { skip: padded - read }
    remaining -= padded
  }
  if (!sawImage || !dimensions) {
    throw damaged("WebP")
  }
  return dimensions
}

/**
 * Checks an uploaded photo as its bytes arrive: JPEG, PNG or WebP told by its
 * first bytes (never by its name or declared type), at most `maxBytes`, and one
 * whole image with nothing before or after it, so a file that is also something
 * else (a polyglot: an image header on a script, an archive behind a picture) is
 * refused. Refusals are MedusaErrors: a 400 that says what is accepted, or a 413
 * past the limit.
 */
export class CakePhotoInspector {
  /** The image type, known once the first bytes have arrived. */
  contentType: CakePhotoContentType | null = null
  private size = 0
  private reader: Reader<Dimensions>
  private request: Request | null
  private result: Dimensions | null = null
  private collected: Buffer[] = []
  private collectedBytes = 0
  private skipLeft = 0
  private afterFF = false

  constructor(private readonly maxBytes: number) {
    this.reader = this.detect()
    this.request = this.reader.next().value as Request
  }

  private *detect(): Reader<Dimensions> {
    const start = yield* readBytes(2)
    if (start[0] === 0xff && start[1] === 0xd8) {
      this.contentType = "image/jpeg"
      return yield* jpeg()
    }
    if (start[0] === 0x89 && start[1] === 0x50) {
      this.contentType = "image/png"
      return yield* png()
    }
    if (start[0] === 0x52 && start[1] === 0x49) {
      this.contentType = "image/webp"
      return yield* webp()
    }
    throw refused(`send ${allowedTypes}; this file is none of them (its content is checked, not its name)`)
  }

  private advance(value: unknown) {
    this.collected = []
    this.collectedBytes = 0
    const next = this.reader.next(value)
    if (next.done) {
      this.result = next.value
      this.request = null
      return
    }
    this.request = next.value
    this.skipLeft = "skip" in this.request ? this.request.skip : 0
    this.afterFF = false
    if ("skip" in this.request && this.skipLeft === 0) {
      this.advance(undefined)
    }
  }

  /** Takes the next bytes of the upload; throws the refusal as soon as they show one. */
  push(chunk: Buffer) {
    this.size += chunk.length
    if (this.size > this.maxBytes) {
      throw payloadTooLarge(`file: the photo is larger than ${formatBytes(this.maxBytes)}; send ${allowed(this.maxBytes)}`)
    }
    let pos = 0
    while (pos < chunk.length) {
      const request = this.request
      if (!request) {
        throw damaged(KINDS[this.contentType!])
      }
      if ("end" in request) {
        this.advance(false)
      } else if ("read" in request) {
        const take = Math.min(request.read - this.collectedBytes, chunk.length - pos)
        this.collected.push(chunk.subarray(pos, pos + take))
        this.collectedBytes += take
        pos += take
        if (this.collectedBytes === request.read) {
          this.advance(Buffer.concat(this.collected))
        }
      } else if ("skip" in request) {
        const take = Math.min(this.skipLeft, chunk.length - pos)
        request.see?.(chunk.subarray(pos, pos + take))
        this.skipLeft -= take
        pos += take
        if (this.skipLeft === 0) {
          this.advance(undefined)
        }
      } else if (this.afterFF) {
        // Inside compressed data 0xFF is followed by 00 (a data byte), a restart marker or more 0xFF.
        const code = chunk[pos++]
        if (code !== 0x00 && code !== 0xff && !(code >= 0xd0 && code <= 0xd7)) {
          this.advance(code)
        } else if (code !== 0xff) {
          this.afterFF = false
        }
      } else {
        const ff = chunk.indexOf(0xff, pos)
        pos = ff < 0 ? chunk.length : ff + 1
        this.afterFF = ff >= 0
      }
    }
  }

  /** The upload is over: what was read of the photo, or the refusal (empty, cut short). */
  end(): CakePhotoFacts {
    if (this.size === 0) {
      throw refused(`the file is empty; send ${allowed(this.maxBytes)}`)
    }
    if (this.request && "end" in this.request) {
      this.advance(true)
    }
    if (!this.result || !this.contentType) {
      throw this.contentType ? refused(`this ${KINDS[this.contentType]} is cut short; send the whole photo`) : refused(`send ${allowed(this.maxBytes)}`)
    }
    return { content_type: this.contentType, size: this.size, ...this.result }
  }
}
