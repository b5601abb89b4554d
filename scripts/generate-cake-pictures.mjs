// Draws the demo shop's cake pictures (src/scripts/seed/images/<handle>.png), made
// for this project: flat illustrations of each demo cake, rasterised here (three
// samples a side per pixel, averaged) and written as PNG with Node's own zlib, so
// no image library is needed. The output is committed; run this again only to
// change a picture:   node scripts/generate-cake-pictures.mjs
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { deflateSync } from "node:zlib"

const SIZE = 480
const SCALE = 3
const W = SIZE * SCALE
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "scripts", "seed", "images")

/** A seeded random number generator (mulberry32): the same picture every run. */
function random(seed) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hex = (color) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t))

/** A canvas at SCALE times the picture's size; coordinates are in picture pixels. */
class Canvas {
  constructor() {
    this.px = new Uint8ClampedArray(W * W * 3)
  }
  set(x, y, [r, g, b], alpha = 1) {
    const i = (y * W + x) * 3
    if (alpha >= 1) {
      this.px[i] = r
      this.px[i + 1] = g
      this.px[i + 2] = b
    } else {
      this.px[i] += (r - this.px[i]) * alpha
      this.px[i + 1] += (g - this.px[i + 1]) * alpha
      this.px[i + 2] += (b - this.px[i + 2]) * alpha
    }
  }
  /** Fills every canvas pixel whose centre `inside(x, y)` says is in, within a bounding box (picture pixels). */
  fill(box, inside, color, alpha = 1) {
    const rgb = hex(color)
    const x0 = Math.max(0, Math.floor(box[0] * SCALE))
    const y0 = Math.max(0, Math.floor(box[1] * SCALE))
    const x1 = Math.min(W - 1, Math.ceil(box[2] * SCALE))
    const y1 = Math.min(W - 1, Math.ceil(box[3] * SCALE))
    for (let y = y0; y <= y1; y++) {
      const py = (y + 0.5) / SCALE
      for (let x = x0; x <= x1; x++) {
        if (inside((x + 0.5) / SCALE, py)) {
          this.set(x, y, rgb, alpha)
        }
      }
    }
  }
  gradient(top, bottom) {
    const a = hex(top)
    const b = hex(bottom)
    for (let y = 0; y < W; y++) {
      const rgb = mix(a, b, y / (W - 1))
      for (let x = 0; x < W; x++) {
        this.set(x, y, rgb)
      }
    }
  }
  ellipse(cx, cy, rx, ry, color, alpha) {
    this.fill([cx - rx, cy - ry, cx + rx, cy + ry], (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1, color, alpha)
  }
  circle(cx, cy, r, color, alpha) {
    this.ellipse(cx, cy, r, r, color, alpha)
  }
  rect(x0, y0, x1, y1, color, alpha) {
    this.fill([x0, y0, x1, y1], (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1, color, alpha)
  }
  /** A rectangle with round ends, from (x, y0) down to (x, y1), `w` wide. */
  drop(x, y0, y1, w, color) {
    this.rect(x - w / 2, y0, x + w / 2, y1, color)
    this.circle(x, y1, w / 2, color)
  }
  /** A polygon (even-odd rule). */
  polygon(points, color, alpha) {
    const xs = points.map((p) => p[0])
    const ys = points.map((p) => p[1])
    const inside = (x, y) => {
      let odd = false
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i]
        const [xj, yj] = points[j]
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
          odd = !odd
        }
      }
      return odd
    }
    this.fill([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], inside, color, alpha)
  }
  /** A thin rotated bar (a sprinkle, a stem). */
  bar(cx, cy, length, width, angle, color) {
    const dx = (Math.cos(angle) * length) / 2
    const dy = (Math.sin(angle) * length) / 2
    const nx = (-Math.sin(angle) * width) / 2
    const ny = (Math.cos(angle) * width) / 2
    this.polygon(
      [
        [cx - dx + nx, cy - dy + ny],
        [cx + dx + nx, cy + dy + ny],
        [cx + dx - nx, cy + dy - ny],
        [cx - dx - nx, cy - dy - ny],
      ],
      color
    )
  }
  /** The picture: each pixel the average of its SCALE x SCALE samples. */
  downsample() {
    const out = Buffer.alloc(SIZE * SIZE * 3)
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        for (let c = 0; c < 3; c++) {
          let sum = 0
          for (let sy = 0; sy < SCALE; sy++) {
            for (let sx = 0; sx < SCALE; sx++) {
              sum += this.px[((y * SCALE + sy) * W + x * SCALE + sx) * 3 + c]
            }
          }
          out[(y * SIZE + x) * 3 + c] = Math.round(sum / (SCALE * SCALE))
        }
      }
    }
    return out
  }
}

// --- PNG -----------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return c >>> 0
})

function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  }
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** PNG bytes of an RGB picture; each row gets the filter that leaves the smallest sum (the usual heuristic). */
function png(rgb, width, height) {
  const stride = width * 3
  const rows = []
  let previous = Buffer.alloc(stride)
  for (let y = 0; y < height; y++) {
    const row = rgb.subarray(y * stride, (y + 1) * stride)
    const candidates = [0, 1, 2, 3, 4].map((filter) => {
      const out = Buffer.alloc(stride + 1)
      out[0] = filter
      for (let i = 0; i < stride; i++) {
        const a = i >= 3 ? row[i - 3] : 0
        const b = previous[i]
        const c = i >= 3 ? previous[i - 3] : 0
        const p = a + b - c
        const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
        const predictor = [0, a, b, (a + b) >> 1, paeth][filter]
        out[i + 1] = (row[i] - predictor) & 0xff
      }
      return out
    })
    const cost = (out) => out.subarray(1).reduce((sum, v) => sum + (v < 128 ? v : 256 - v), 0)
    rows.push(candidates.reduce((best, out) => (cost(out) < cost(best) ? out : best)))
    previous = row
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

// --- Cakes ---------------------------------------------------------------------

const CX = 240
const RX = 150
const RY = 42
/** Where the cake stands: the bottom of its lowest tier. */
const BOTTOM = 340

/** The stand, the cake's tiers (bottom up) and its top; answers the top's centre line. */
function drawCake(canvas, cake) {
  canvas.gradient(cake.background[0], cake.background[1])
  canvas.rect(0, BOTTOM - 5, SIZE, SIZE, cake.table)
  canvas.ellipse(CX, BOTTOM + 38, 205, 40, "#000000", 0.12)
  canvas.ellipse(CX, BOTTOM + 22, 196, 42, cake.plate[1])
  canvas.ellipse(CX, BOTTOM + 16, 190, 38, cake.plate[0])

  const bottom = BOTTOM
  const top = bottom - cake.layers.reduce((h, layer) => h + layer.height, 0)
  let y = bottom
  for (const layer of cake.layers) {
    canvas.ellipse(CX, y, RX, RY, layer.color)
    canvas.rect(CX - RX, y - layer.height, CX + RX, y, layer.color)
    y -= layer.height
  }
  // Light from the left: a soft shade down the right side of the tiers.
  canvas.fill([CX + RX * 0.55, top, CX + RX, bottom + RY], (x, py) => ((x - CX) / RX) ** 2 + ((py - bottom) / RY) ** 2 <= 1 || (py <= bottom && x <= CX + RX), "#000000", 0.1)
  canvas.ellipse(CX, top, RX, RY, cake.top)
  return top
}

/** Icing running down the front from the top's edge. */
function drips(canvas, top, color, rand, count = 13) {
  canvas.fill([CX - RX, top - RY, CX + RX, top + RY + 14], (x, y) => ((x - CX) / RX) ** 2 + ((y - top - 10) / RY) ** 2 <= 1 && y >= top, color)
  for (let i = 0; i < count; i++) {
    const x = CX - RX + 12 + ((2 * RX - 24) * (i + 0.5)) / count
    const edge = top + 10 + RY * Math.sqrt(Math.max(0, 1 - ((x - CX) / RX) ** 2))
    canvas.drop(x, edge - 6, edge + 10 + rand() * 38, 12 + rand() * 6, color)
  }
}

/** A point on the cake's top, away from its edge. */
function onTop(top, rand, margin = 0.78) {
  const angle = rand() * Math.PI * 2
  const r = Math.sqrt(rand()) * margin
  return [CX + Math.cos(angle) * RX * r, top + Math.sin(angle) * RY * r]
}

/** Points along the top's rim, back to front, for a ring of decorations. */
function ring(top, count, scale = 0.8) {
  return Array.from({ length: count }, (_, i) => {
    const angle = (i / count) * Math.PI * 2
    return [CX + Math.cos(angle) * RX * scale, top + Math.sin(angle) * RY * scale]
  }).sort((a, b) => a[1] - b[1])
}

function rosette(canvas, x, y, cream, shade) {
  canvas.circle(x, y + 3, 13, shade)
  canvas.circle(x, y, 12, cream)
  canvas.circle(x - 3, y - 3, 5, "#ffffff", 0.7)
}

function cherry(canvas, x, y, red = "#b0122b") {
  canvas.bar(x + 5, y - 16, 22, 2.2, -1.2, "#5b3a1a")
  canvas.circle(x, y, 9, red)
  canvas.circle(x - 3, y - 3, 3, "#ffffff", 0.6)
}

const CAKES = {
  "chocolate-truffle-cake": (canvas, rand) => {
    const top = drawCake(canvas, {
      background: ["#f6e7dc", "#eed3c0"],
      table: "#d9b59a",
      plate: ["#fbf7f2", "#d8cfc6"],
      layers: [
        { color: "#4a2816", height: 52 },
        { color: "#7b4a2b", height: 10 },
        { color: "#4a2816", height: 52 },
      ],
      top: "#3a1d0f",
    })
    drips(canvas, top, "#2e160b", rand)
    for (const [x, y] of ring(top, 10)) {
      canvas.circle(x, y - 6, 11, "#2a130a")
      canvas.circle(x - 3, y - 9, 4, "#6e4128")
    }
    for (let i = 0; i < 70; i++) {
      const [x, y] = onTop(top, rand, 0.55)
      canvas.bar(x, y, 6, 2, rand() * Math.PI, rand() < 0.5 ? "#c9a27a" : "#8a5a3a")
    }
  },
  "red-velvet-celebration": (canvas, rand) => {
    const top = drawCake(canvas, {
      background: ["#fbe9ec", "#f3cfd6"],
      table: "#e2b3bd",
      plate: ["#ffffff", "#e0d6d8"],
      layers: [
        { color: "#a3172d", height: 38 },
        { color: "#fff6ef", height: 12 },
        { color: "#a3172d", height: 38 },
        { color: "#fff6ef", height: 12 },
        { color: "#a3172d", height: 30 },
      ],
      top: "#fffaf5",
    })
    for (const [x, y] of ring(top, 12)) {
      rosette(canvas, x, y - 6, "#fffaf5", "#e8dcd2")
    }
    for (let i = 0; i < 60; i++) {
      const [x, y] = onTop(top, rand, 0.5)
      canvas.circle(x, y, 2.5 + rand() * 2, "#b3202f")
    }
  },
  "lemon-drizzle": (canvas, rand) => {
    const top = drawCake(canvas, {
      background: ["#fbf6dc", "#f1e7b0"],
      table: "#ddd08f",
      plate: ["#ffffff", "#dcd8c4"],
      layers: [{ color: "#e8c25a", height: 96 }],
      top: "#f3dc84",
    })
    for (let i = 0; i < 9; i++) {
      const x0 = CX - RX + 20 + i * 33
      const points = []
      for (let t = 0; t <= 1; t += 0.05) {
        points.push([x0 + t * 26 + Math.sin(t * 9 + i) * 5, top - RY * 0.6 + t * RY * 1.4])
      }
      for (const [x, y] of points) {
        canvas.circle(x, y, 3.2, "#fffdf4")
      }
    }
    for (const [x, y] of ring(top, 7, 0.55)) {
      canvas.ellipse(x, y - 4, 17, 12, "#f5d21c")
      canvas.ellipse(x, y - 4, 14, 9.5, "#fff7c2")
      for (let s = 0; s < 6; s++) {
        const a = (s / 6) * Math.PI * 2
        canvas.bar(x + Math.cos(a) * 6, y - 4 + Math.sin(a) * 4, 10, 1.4, a, "#f0c419")
      }
    }
    for (let i = 0; i < 40; i++) {
      const [x, y] = onTop(top, rand, 0.85)
      canvas.bar(x, y, 7, 2, rand() * Math.PI, "#e3a600")
    }
  },
  "victoria-sponge": (canvas, rand) => {
    const top = drawCake(canvas, {
      background: ["#fdf1e6", "#f4dcc6"],
      table: "#e2c2a4",
      plate: ["#ffffff", "#ddd3ca"],
      layers: [
        { color: "#e4b363", height: 44 },
        { color: "#c21f3a", height: 8 },
        { color: "#fffaf0", height: 14 },
        { color: "#e4b363", height: 44 },
      ],
      top: "#edc47a",
    })
    for (let i = 0; i < 900; i++) {
      const [x, y] = onTop(top, rand, 0.97)
      canvas.circle(x, y, 1.2 + rand() * 0.8, "#ffffff", 0.85)
    }
    for (const [x, y] of ring(top, 5, 0.35)) {
      canvas.circle(x, y - 6, 10, "#d1213f")
      canvas.circle(x - 3, y - 9, 3, "#ffffff", 0.5)
      canvas.bar(x, y - 16, 9, 3, 0.3, "#3f8f3a")
    }
  },
  "salted-caramel-drip": (canvas, rand) => {
    const top = drawCake(canvas, {
      background: ["#f7efe4", "#ead9c2"],
      table: "#cdb08c",
      plate: ["#ffffff", "#d9d0c4"],
      layers: [
        { color: "#f1dfc4", height: 56 },
        { color: "#c88a3d", height: 8 },
        { color: "#f1dfc4", height: 56 },
      ],
      top: "#f5e6cf",
    })
    drips(canvas, top, "#b8732a", rand, 15)
    canvas.ellipse(CX, top + 4, RX * 0.88, RY * 0.85, "#c07a30")
    for (const [x, y] of ring(top, 8, 0.6)) {
      rosette(canvas, x, y - 8, "#f8ecdb", "#e0cdb2")
    }
    for (let i = 0; i < 50; i++) {
      const [x, y] = onTop(top, rand, 0.5)
      canvas.bar(x, y, 4, 3, rand() * Math.PI, "#fbf7f0")
    }
  },
  "black-forest-gateau": (canvas, rand) => {
    const top = drawCake(canvas, {
      background: ["#f1e6e8", "#dcc6ca"],
      table: "#b99aa0",
      plate: ["#ffffff", "#d6ccce"],
      layers: [
        { color: "#3b1c14", height: 40 },
        { color: "#fbf5f0", height: 14 },
        { color: "#3b1c14", height: 40 },
        { color: "#fbf5f0", height: 14 },
      ],
      top: "#fbf5f0",
    })
    for (let i = 0; i < 600; i++) {
      const x = CX - RX + rand() * RX * 2
      const y = top + 20 + rand() * 90
      if (y < BOTTOM + 2 && y > top + RY * Math.sqrt(Math.max(0, 1 - ((x - CX) / RX) ** 2)) - 2) {
        canvas.bar(x, y, 5 + rand() * 5, 2, rand() * Math.PI, rand() < 0.5 ? "#2a120c" : "#5c3322")
      }
    }
    for (const [x, y] of ring(top, 10)) {
      rosette(canvas, x, y - 6, "#fffaf6", "#e6dad4")
      cherry(canvas, x, y - 18)
    }
    for (let i = 0; i < 80; i++) {
      const [x, y] = onTop(top, rand, 0.45)
      canvas.bar(x, y, 7, 2.5, rand() * Math.PI, "#2a120c")
    }
  },
  "carrot-walnut": (canvas, rand) => {
    const top = drawCake(canvas, {
      background: ["#f3f1e3", "#e2ddc0"],
      table: "#c2b78c",
      plate: ["#ffffff", "#d8d4c6"],
      layers: [
        { color: "#b9742f", height: 42 },
        { color: "#fbf6ea", height: 12 },
        { color: "#b9742f", height: 42 },
      ],
      top: "#fbf6ea",
    })
    for (let i = 0; i < 250; i++) {
      const x = CX - RX + rand() * RX * 2
      const y = top + 40 + rand() * 90
      if (y < BOTTOM - 2) {
        canvas.bar(x, y, 3 + rand() * 3, 1.6, rand() * Math.PI, rand() < 0.6 ? "#e0701c" : "#7a4a1f")
      }
    }
    for (const [x, y] of ring(top, 8)) {
      canvas.ellipse(x, y - 5, 11, 8, "#8a5a2b")
      canvas.bar(x, y - 5, 14, 1.5, 0, "#6b4220")
      canvas.bar(x, y - 5, 10, 1.5, Math.PI / 2, "#6b4220")
    }
    for (const [x, y] of ring(top, 3, 0.3)) {
      canvas.polygon(
        [
          [x - 6, y - 14],
          [x + 6, y - 14],
          [x, y + 12],
        ],
        "#ee7a1a"
      )
      canvas.bar(x - 3, y - 19, 9, 2.5, -1.9, "#3f8f3a")
      canvas.bar(x + 3, y - 19, 9, 2.5, -1.2, "#3f8f3a")
    }
  },
}

mkdirSync(OUT, { recursive: true })
let seed = 25
for (const [handle, draw] of Object.entries(CAKES)) {
  const canvas = new Canvas()
  draw(canvas, random(seed++))
  const bytes = png(canvas.downsample(), SIZE, SIZE)
  writeFileSync(join(OUT, `${handle}.png`), bytes)
  console.log(`${handle}.png ${(bytes.length / 1024).toFixed(1)} KB`)
}
