import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"

/**
 * The browser and scale-out suites need a program that `npm ci` cannot bring
 * (Debian's Chromium, a Redis server). `.ci/run` installs or starts them; on a
 * machine without them those suites are skipped and say so, and the rest still run.
 */
export function missingPrerequisite(what: string, hint: string, present: boolean) {
  if (!present) {
    process.stderr.write(`\nSkipping: ${what} is not available here. ${hint}\n`)
  }
  return !present
}

export const hasChromium = (path: string) => existsSync(path)

/** Whether something answers on Redis's TCP port, checked synchronously (jest cannot skip after an await). */
export function hasRedis(url: string) {
  const { hostname, port } = new URL(url)
  const probe = `require("node:net").connect(${Number(port || 6379)}, ${JSON.stringify(hostname)}).on("connect", () => process.exit(0)).on("error", () => process.exit(1))`
  return spawnSync(process.execPath, ["-e", probe], { timeout: 5000 }).status === 0
}
