// `npm run dev`: PostgreSQL (embedded unless DATABASE_URL is set), migrations,
// the idempotent demo seed, then `medusa develop` on PORT (9000), with a banner
// once the server answers. Ctrl-C stops Medusa, then PostgreSQL.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { ensureDatabaseReachable, redactDatabaseUrl } from "./lib/database-url.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
process.chdir(root)
if (existsSync(".env")) process.loadEnvFile(".env")

const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY ?? "true" }
const port = Number(env.PORT || 9000)
const medusaBin = join(root, "node_modules", ".bin", "medusa")

// The seed's key (src/scripts/seed/demo-data.ts); Medusa also makes a default one.
const DEMO_KEY_TITLE = "SweetSpot Storefront"

let database = null
let child = null
let stopping = false

function fail(message) {
  console.error(`\n✖ ${message}\n`)
  return shutdown(1)
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (child && child.exitCode === null) {
    await new Promise((done) => {
      child.once("exit", done)
      // Medusa runs in its own process group: `medusa develop` forks the server,
      // and the whole group must go.
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        done()
      }
    })
  }
  if (database) {
    console.log("Stopping embedded PostgreSQL…")
    await database.stop().catch(() => {})
  }
  process.exit(code)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

function run(args) {
  return new Promise((resolveRun, rejectRun) => {
    child = spawn(medusaBin, args, { env, stdio: "inherit", detached: true })
    child.on("exit", (code, signal) => {
      child = null
      if (code === 0) resolveRun()
      else rejectRun(new Error(`medusa ${args[0]} ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}`))
    })
  })
}

async function publishableKey(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL",
      [DEMO_KEY_TITLE]
    )
    return rows[0]?.token ?? "(none: run npm run seed)"
  } finally {
    await client.end()
  }
}

async function waitForHealth(signal) {
  while (!signal.aborted) {
    try {
      const res = await fetch(`http://localhost:${port}/health`)
      if (res.ok) return true
    } catch {}
    await new Promise((r) => setTimeout(r, 1000))
  }
  return false
}

async function main() {
  if (env.DATABASE_URL) {
    console.log(`Using DATABASE_URL ${redactDatabaseUrl(env.DATABASE_URL)}`)
    try {
      await ensureDatabaseReachable(env.DATABASE_URL)
    } catch (error) {
      return fail(error.message)
    }
  } else {
    const dataDir = join(root, ".data", "postgres")
    const pgPort = Number(env.EMBEDDED_POSTGRES_PORT || 54329)
    console.log(`Starting embedded PostgreSQL on port ${pgPort} (data in .data/postgres)…`)
    try {
      database = await startEmbeddedPostgres({ dataDir, port: pgPort, database: "sweetspot" })
    } catch (error) {
      return fail(`${error.message}\nIs another \`npm run dev\` running? Set EMBEDDED_POSTGRES_PORT to use another port.`)
    }
    env.DATABASE_URL = database.url
  }

  try {
    await run(["db:migrate"])
    await run(["exec", "./src/scripts/seed.ts"])
  } catch (error) {
    return fail(error.message)
  }

  const ready = new AbortController()
  child = spawn(medusaBin, ["develop"], { env, stdio: "inherit", detached: true })
  child.on("exit", (code) => {
    ready.abort()
    child = null
    if (!stopping) shutdown(code ?? 1)
  })

  if (await waitForHealth(ready.signal)) {
    const key = await publishableKey(env.DATABASE_URL)
    const adminEmail = env.MEDUSA_ADMIN_EMAIL || "admin@sweetspot.local"
    // A password the user chose stays out of the terminal; the documented default is shown.
    const adminPassword = env.MEDUSA_ADMIN_PASSWORD ? "(the password in MEDUSA_ADMIN_PASSWORD)" : "sweetspot-admin"
    console.log(
      [
        "",
        "  SweetSpot is ready",
        `  Store API      http://localhost:${port}/store  (header x-publishable-api-key: ${key})`,
        `  Admin          http://localhost:${port}/app`,
        `  Admin login    ${adminEmail} / ${adminPassword}`,
        `  Database       ${redactDatabaseUrl(env.DATABASE_URL)}`,
        "  Ctrl-C stops the server" + (database ? " and the embedded PostgreSQL." : "."),
        "",
      ].join("\n")
    )
  }
}

main().catch((error) => fail(error?.message ?? String(error)))
