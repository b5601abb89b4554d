// The leak check's measures: the server's RSS, its growth over the run, and (with `--trace-heap`)
// V8's heap after each full collection, read from `--trace-gc` output.
import { execFileSync } from "node:child_process"

/** The server's resident memory (its whole process group), in MiB. */
export function rssMib(pid) {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pid)], { encoding: "utf8" })
  return Math.round(out.split("\n").filter(Boolean).reduce((sum, kb) => sum + Number(kb), 0) / 1024)
}

/**
 * RSS around the end of the first fifth of the run (minute 1 of 5: from half a fifth to one and a
 * half) against the last fifth (minute 5): each the lowest sample of its window, i.e. what is left
 * after the collector ran, since the heap's sawtooth between collections is not a leak.
 */
export function rssGrowth(samples, seconds) {
  const fifth = seconds / 5
  const floor = (from, to) => Math.min(...samples.filter((s) => s.at_s > from && s.at_s <= to).map((s) => s.rss_mib))
  const early = floor(fifth / 2, fifth * 1.5)
  const late = floor(seconds - fifth, seconds + 5)
  return { early_mib: early, late_mib: late, growth_percent: Math.round(((late - early) / early) * 1000) / 10 }
}

const MARK_COMPACT = /Mark-Compact.*?->\s*([\d.]+)\s*\(([\d.]+)\)\s*MB/

/**
 * V8's heap after each full collection, in MiB, from the server's output chunks `fromChunk` on
 * (`--trace-gc`'s Mark-Compact lines: "... -> <live after> (<reserved>) MB"), each with the second
 * of the leak check its line was completed in (`secondOfChunk`). A line split across chunks counts once.
 */
export function liveHeapAfterCollections(chunks, fromChunk, secondOfChunk) {
  const heap = []
  let pending = ""
  for (let i = fromChunk; i < chunks.length; i++) {
    const lines = (pending + String(chunks[i])).split("\n")
    pending = lines.pop()
    for (const line of lines) {
      const match = MARK_COMPACT.exec(line)
      if (match) {
        heap.push({ at_s: secondOfChunk(i), live_mib: Math.round(Number(match[1])), reserved_mib: Math.round(Number(match[2])) })
      }
    }
  }
  return heap
}
