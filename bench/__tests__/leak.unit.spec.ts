// The leak check's arithmetic: what the bench's "No leak" verdict and its `--trace-heap` line are made of.
type Sample = { at_s: number; rss_mib: number }
type Leak = {
  rssGrowth: (samples: Sample[], seconds: number) => { early_mib: number; late_mib: number; growth_percent: number }
  liveHeapAfterCollections: (
    chunks: string[],
    fromChunk: number,
    secondOfChunk: (index: number) => number
  ) => { at_s: number; live_mib: number; reserved_mib: number }[]
}

const markCompact = (live: number, reserved: number) =>
  `[15402:0x21f6cd00]    40123 ms: Mark-Compact 300.1 (${reserved + 40}.0) -> ${live} (${reserved}) MB, 12.23 / 0.00 ms  (average mu = 0.912, current mu = 0.850) allocation failure; scavenge might not succeed\n`
const scavenge = "[15402:0x21f6cd00]    40200 ms: Scavenge 310.4 (840.0) -> 296.2 (842.0) MB, 3.10 / 0.00 ms  (average mu = 0.912, current mu = 0.850) allocation failure;\n"

describe("the bench's leak measures", () => {
  let leak: Leak
  beforeAll(async () => {
    leak = (await import("../leak.mjs")) as unknown as Leak
  })

  it("compares the lowest RSS around minute 1 with the lowest in minute 5, so the sawtooth between collections is not a leak", () => {
    const samples: Sample[] = []
    for (let at_s = 5; at_s <= 300; at_s += 5) {
      // A floor rising from 1,000 to 1,040 MiB, with a peak of +150 MiB every fourth sample.
      const floor = 1000 + Math.floor((at_s / 300) * 40)
      samples.push({ at_s, rss_mib: at_s % 20 === 0 ? floor + 150 : floor })
    }
    const growth = leak.rssGrowth(samples, 300)
    // Minute 1 is seconds 31-90 (floor at 35 s: 1,004); minute 5 is 241-300 (floor at 245 s: 1,032).
    expect(growth).toEqual({ early_mib: 1004, late_mib: 1032, growth_percent: 2.8 })
  })

  it("reads live and reserved heap from each full collection, not from scavenges, and from the leak check's chunks only", () => {
    const chunks = [markCompact(999, 999), scavenge + markCompact(252.4, 796.2), scavenge, `${markCompact(255.6, 843)}${markCompact(258, 907)}`]
    const heap = leak.liveHeapAfterCollections(chunks, 1, (index) => index * 10)
    expect(heap).toEqual([
      { at_s: 10, live_mib: 252, reserved_mib: 796 },
      { at_s: 30, live_mib: 256, reserved_mib: 843 },
      { at_s: 30, live_mib: 258, reserved_mib: 907 },
    ])
  })

  it("counts a collection line the server's output split across two chunks once, at the chunk that completed it", () => {
    const line = markCompact(254, 923)
    const cut = line.indexOf("->") + 4
    const heap = leak.liveHeapAfterCollections([line.slice(0, cut), line.slice(cut)], 0, (index) => 240 + index * 5)
    expect(heap).toEqual([{ at_s: 245, live_mib: 254, reserved_mib: 923 }])
  })
})
