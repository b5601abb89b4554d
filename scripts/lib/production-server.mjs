// Builds the app with `medusa build` and runs the build the way production does
// (`medusa start` inside .medusa/server), for the browser tests and the benchmark.
import { spawn } from "node:child_process"
import { readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDatabaseReachable } from "./database-url.mjs"

const root = fileURLToPath(new URL("../..", import.meta.url))
const medusaBin = join(root, "node_modules", ".bin", "medusa")
export const serverDir = join(root, ".medusa", "server")

/** Runs `medusa <args>` to completion; rejects with the last lines of its output. */
function runMedusa(args, { cwd, env }) {
  return new Promise((resolvePromise, reject) => {
    const output = []
    const child = spawn(medusaBin, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.on("data", (chunk) => output.push(String(chunk)))
    child.stderr.on("data", (chunk) => output.push(String(chunk)))
    child.on("error", reject)
    child.on("exit", (code) => {
      if (code === 0) {
        resolvePromise(output.join(""))
      } else {
        const tail = output.join("").trim().split("\n").slice(-15).join("\n")
        reject(new Error(`medusa ${args.join(" ")} exited with code ${code}:\n${tail}`))
      }
    })
  })
}

const baseEnv = (env) => ({ ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...env })

/** Which build a test run last made: `<run id>:admin` or `<run id>:no-admin`. */
const buildMarker = join(serverDir, ".test-run-build")

/**
 * Compiles the backend and the admin into .medusa/server; fails on a type error or a
 * broken admin bundle. Within one test run (SWEETSPOT_TEST_RUN, set by jest's global
 * setup) a build is made once and reused by the suites that come after it: one with
 * the admin serves a suite that disables it too, not the other way round.
 */
export async function buildApp(env = {}) {
  const withAdmin = baseEnv(env).DISABLE_MEDUSA_ADMIN !== "true"
  const run = process.env.SWEETSPOT_TEST_RUN
  if (run) {
    const last = await readFile(buildMarker, "utf8").catch(() => "")
    if (last === `${run}:admin` || (!withAdmin && last === `${run}:no-admin`)) {
      return "(reused this test run's build)"
    }
  }
  const output = await runMedusa(["build"], { cwd: root, env: baseEnv(env) })
  if (/completed with errors/i.test(output)) {
    throw new Error(`medusa build reported errors:\n${output.split("\n").slice(-30).join("\n")}`)
  }
  if (run) {
    await writeFile(buildMarker, `${run}:${withAdmin ? "admin" : "no-admin"}`)
  }
  return output
}

/** Creates the database when missing and runs the build's migrations. */
export async function migrateDatabase(databaseUrl, env = {}) {
  await ensureDatabaseReachable(databaseUrl)
  await runMedusa(["db:migrate"], { cwd: serverDir, env: baseEnv({ ...env, DATABASE_URL: databaseUrl }) })
}

/** Runs `medusa exec <script> [args]` (a TypeScript file of the project, not of the build) against the database. */
export async function execScript(script, args, databaseUrl, env = {}) {
  return runMedusa(["exec", script, ...args], { cwd: root, env: baseEnv({ ...env, DATABASE_URL: databaseUrl }) })
}

/** Migrations and the demo seed, as `npm run dev` would leave a fresh database. */
export async function prepareDatabase(databaseUrl, env = {}) {
  await migrateDatabase(databaseUrl, env)
  await runMedusa(["exec", "./src/scripts/seed.js"], { cwd: serverDir, env: baseEnv({ ...env, DATABASE_URL: databaseUrl }) })
}

async function waitForHealth(url, child, logs) {
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`medusa start exited with code ${child.exitCode}:\n${logs.join("").split("\n").slice(-15).join("\n")}`)
    }
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}

/**
 * Starts `medusa start` from the build on `port` and resolves once /health answers.
 * `stop()` ends the whole process group; `kill()` ends it as a crash would
 * (SIGKILL: no shutdown hooks, jobs left where they were). `nodeArgs`: Node's own
 * flags for the server process (the bench's `--trace-heap` gives `--trace-gc`).
 */
export async function startServer({ databaseUrl, port, env = {}, nodeArgs = [] }) {
  const logs = []
  // Node's own flags (e.g. `--trace-gc`, which NODE_OPTIONS does not take) go before the CLI's script.
  const [command, args] = nodeArgs.length ? [process.execPath, [...nodeArgs, medusaBin, "start"]] : [medusaBin, ["start"]]
  const child = spawn(command, args, {
    cwd: serverDir,
    env: baseEnv({ ...env, DATABASE_URL: databaseUrl, PORT: String(port) }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  child.stdout.on("data", (chunk) => logs.push(String(chunk)))
  child.stderr.on("data", (chunk) => logs.push(String(chunk)))
  const url = `http://localhost:${port}`
  const signal = (name) =>
    new Promise((resolvePromise) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return resolvePromise()
      }
      child.once("exit", () => resolvePromise())
      try {
        process.kill(-child.pid, name)
      } catch {
        resolvePromise()
      }
    })
  const stop = () => signal("SIGTERM")
  const kill = () => signal("SIGKILL")
  try {
    await waitForHealth(url, child, logs)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, pid: child.pid, stop, kill, logs }
}
