import { JPEG_6X4, pngImage, pngOfSize, WEBP_6X4, WEBP_LOSSLESS_6X4 } from "../../../../../integration-tests/helpers/images"
import { CakePhotoInspector, formatBytes } from "../cake-photo-image"

const MB = 1024 * 1024

/** Feeds a file in chunks of `size` bytes, as a stream would, and answers what the inspector read. */
function inspect(file: Buffer, { max = 5 * MB, chunk = 7 }: { max?: number; chunk?: number } = {}) {
  const inspector = new CakePhotoInspector(max)
  for (let pos = 0; pos < file.length; pos += chunk) {
    inspector.push(file.subarray(pos, pos + chunk))
  }
  return inspector.end()
}

/** The error an inspection throws, with the status it answers. */
function refusal(file: Buffer, options?: { max?: number; chunk?: number }) {
  try {
    inspect(file, options)
  } catch (error: any) {
    return { message: String(error.message), status: error.code === "payload_too_large" ? 413 : error.type === "invalid_data" ? 400 : 500 }
  }
  throw new Error("the file was accepted")
}

describe("CakePhotoInspector", () => {
  it("reads a JPEG, a PNG and both kinds of WebP, whatever the chunking, with their sizes", () => {
    for (const chunk of [1, 3, 64, 100000]) {
      expect(inspect(JPEG_6X4, { chunk })).toEqual({ content_type: "image/jpeg", size: JPEG_6X4.length, width: 6, height: 4 })
      expect(inspect(WEBP_6X4, { chunk })).toEqual({ content_type: "image/webp", size: WEBP_6X4.length, width: 6, height: 4 })
      expect(inspect(WEBP_LOSSLESS_6X4, { chunk })).toEqual({ content_type: "image/webp", size: WEBP_LOSSLESS_6X4.length, width: 6, height: 4 })
      const png = pngImage(30, 20)
      expect(inspect(png, { chunk })).toEqual({ content_type: "image/png", size: png.length, width: 30, height: 20 })
    }
  })

  it("knows the type from the first bytes, before the rest arrives", () => {
    const inspector = new CakePhotoInspector(MB)
    inspector.push(JPEG_6X4.subarray(0, 1))
    expect(inspector.contentType).toBeNull()
    inspector.push(JPEG_6X4.subarray(1, 2))
    expect(inspector.contentType).toEqual("image/jpeg")
  })

  it("refuses what is not an image whatever its name, saying what is accepted", () => {
    for (const file of [Buffer.from("<html><script>alert(1)</script></html>"), Buffer.from("GIF89a\x01\x00\x01\x00"), Buffer.from("%PDF-1.7\n")]) {
      expect(refusal(file)).toEqual({ status: 400, message: expect.stringContaining("send a JPEG, PNG or WebP image; this file is none of them") })
    }
    // RIFF, but a WAV.
    const wav = Buffer.from(WEBP_6X4)
    wav.write("WAVE", 8, "latin1")
    expect(refusal(wav).message).toContain("this file is none of them")
  })

  it("refuses an empty file and one too short to be anything", () => {
    expect(refusal(Buffer.alloc(0))).toEqual({ status: 400, message: "file: the file is empty; send a JPEG, PNG or WebP image of at most 5 MB" })
    expect(refusal(Buffer.from([0xff]))).toEqual({ status: 400, message: expect.stringContaining("send a JPEG, PNG or WebP image") })
  })

  it("refuses a file past the limit with a 413 as soon as it is past, naming the limit", () => {
    const inspector = new CakePhotoInspector(1000)
    const big = pngOfSize(5000)
    inspector.push(big.subarray(0, 1000))
    expect(() => inspector.push(big.subarray(1000, 1001))).toThrow("file: the photo is larger than 1000 bytes")
    expect(refusal(pngOfSize(5 * MB + 1)).status).toEqual(413)
    expect(refusal(pngOfSize(5 * MB + 1)).message).toContain("larger than 5 MB")
    expect(inspect(pngOfSize(5 * MB), { chunk: 65536 }).size).toEqual(5 * MB)
  })

  it("refuses polyglots: an image with something else before or after it, or an image header on something else", () => {
    const zip = Buffer.from("PK\x03\x04 a zip archive", "latin1")
    const html = Buffer.from("<script>fetch('/steal')</script>")
    expect(refusal(Buffer.concat([JPEG_6X4, html]))).toEqual({ status: 400, message: expect.stringContaining("this JPEG is damaged or holds more than an image") })
    expect(refusal(Buffer.concat([pngImage(), zip])).message).toContain("this PNG is damaged or holds more than an image")
    expect(refusal(Buffer.concat([WEBP_6X4, html])).message).toContain("this WebP is damaged or holds more than an image")
    // A JPEG's first bytes on a script; a PNG signature on HTML.
    expect(refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), html])).status).toEqual(400)
    expect(refusal(Buffer.concat([pngImage().subarray(0, 8), html])).message).toContain("this PNG is damaged")
    // A WebP whose RIFF size claims less than the file holds.
    const longer = Buffer.concat([WEBP_6X4, Buffer.alloc(8)])
    expect(refusal(longer).message).toContain("this WebP is damaged")
  })

  it("accepts the further whole JPEGs phones append (MPF), and nothing else after a JPEG", () => {
    expect(inspect(Buffer.concat([JPEG_6X4, JPEG_6X4]))).toEqual(expect.objectContaining({ content_type: "image/jpeg", width: 6, height: 4 }))
    expect(refusal(Buffer.concat([JPEG_6X4, Buffer.from([0xff, 0xd8, 0x00])])).status).toEqual(400)
  })

  it("refuses a damaged PNG (wrong CRC) and a cut-short image", () => {
    const png = pngImage()
    const broken = Buffer.from(png)
    broken[40] ^= 0xff
    expect(refusal(broken).message).toContain("this PNG is damaged")
    expect(refusal(png.subarray(0, png.length - 5)).message).toEqual("file: this PNG is cut short; send the whole photo")
    expect(refusal(JPEG_6X4.subarray(0, JPEG_6X4.length - 2)).message).toEqual("file: this JPEG is cut short; send the whole photo")
    expect(refusal(WEBP_6X4.subarray(0, 100)).message).toEqual("file: this WebP is cut short; send the whole photo")
  })
})

describe("formatBytes", () => {
  it("says a limit as a shopper reads it", () => {
    expect(formatBytes(5 * MB)).toEqual("5 MB")
    expect(formatBytes(1.5 * MB)).toEqual("1.5 MB")
    expect(formatBytes(200 * 1024)).toEqual("200 KB")
    expect(formatBytes(1000)).toEqual("1000 bytes")
  })
})
