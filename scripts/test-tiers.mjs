// `npm run test:jest`: every tier in two jest runs. Unit, module and HTTP suites are
// independent (each HTTP suite boots its own app on a database of its own, and its
// fakes listen on ports of their own), so they share the machine's cores; the
// browser and scale-out suites build the app into one folder and share one Redis
// database, so they run one at a time, after. With TEST_TYPE, that tier alone.
// Extra arguments (a file, -t) go to jest.
import { spawnSync } from "node:child_process"

const PARALLEL_TIERS = ["unit", "integration:modules", "integration:http"]
const SERIAL_TIERS = ["browser", "scale-out"]
const workers = process.env.TEST_WORKERS || "2"

const asked = process.env.TEST_TYPE?.split(",").map((tier) => tier.trim())
const runs = asked
  ? [{ tiers: asked.join(","), workers: asked.some((tier) => SERIAL_TIERS.includes(tier)) ? "1" : workers }]
  : [
      { tiers: PARALLEL_TIERS.join(","), workers },
      { tiers: SERIAL_TIERS.join(","), workers: "1" },
    ]

for (const run of runs) {
  const jest = spawnSync(
    "npx",
    ["jest", `--maxWorkers=${run.workers}`, "--forceExit", "--passWithNoTests", ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, TEST_TYPE: run.tiers, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim() } }
  )
  if (jest.status !== 0) {
    process.exit(jest.status ?? 1)
  }
}
