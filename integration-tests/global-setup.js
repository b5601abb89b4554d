// Jest global setup: the database for the integration tiers. With DB_HOST or
// DATABASE_URL set, that server is used; otherwise an embedded PostgreSQL is
// started for this run in a temporary folder and removed afterwards.
const { mkdtempSync } = require("node:fs")
const { tmpdir } = require("node:os")
const { join } = require("node:path")

module.exports = async function globalSetup() {
  process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"
  // Names this run: the browser and scale-out suites build the app once per run (scripts/lib/production-server.mjs).
  process.env.SWEETSPOT_TEST_RUN ??= `${process.pid}-${Date.now()}`
  process.env.LOG_LEVEL ??= "error"
  // Suites log in and change carts far faster than a shopper: the rate-limit suite sets its own low limits.
  process.env.RATE_LIMIT_AUTH_REQUESTS ??= "100000"
  process.env.RATE_LIMIT_CART_REQUESTS ??= "100000"
  process.env.RATE_LIMIT_DRIVER_LOCATION_REQUESTS ??= "100000"
  // An email whose send fails (a test's database restore can cut a subscriber's query off) is tried
  // again in a second, not a minute, so no test waits a minute for the workflow engine to settle.
  process.env.EMAIL_RETRY_INTERVAL_SECONDS ??= "1"
  // Emails rendered by the outbox provider land in a throwaway folder.
  process.env.MAIL_OUTBOX_DIR ??= mkdtempSync(join(tmpdir(), "sweetspot-outbox-"))
  // Private files (cake photos) of the local file provider likewise.
  process.env.PRIVATE_UPLOAD_DIR ??= mkdtempSync(join(tmpdir(), "sweetspot-private-uploads-"))

  if (process.env.TEST_TYPE === "unit") {
    return
  }

  if (process.env.DB_HOST) {
    return
  }

  if (process.env.DATABASE_URL) {
    // Medusa's test runner reads DB_* variables and makes one database per suite.
    const url = new URL(process.env.DATABASE_URL)
    process.env.DB_HOST = url.hostname === "127.0.0.1" ? "localhost" : url.hostname
    process.env.DB_PORT = url.port || "5432"
    process.env.DB_USERNAME = decodeURIComponent(url.username || "postgres")
    process.env.DB_PASSWORD = decodeURIComponent(url.password || "")
    return
  }

  const { startEmbeddedPostgres, findFreePort } = await import("../scripts/lib/embedded-postgres.mjs")
  const database = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), "sweetspot-test-pg-")),
    port: await findFreePort(),
    database: "sweetspot_test",
    ephemeral: true,
  })
  globalThis.__SWEETSPOT_TEST_DATABASE__ = database

  // `localhost`, not 127.0.0.1: Medusa's runner asks for SSL on any other host.
  process.env.DB_HOST = database.host
  process.env.DB_PORT = String(database.port)
  process.env.DB_USERNAME = database.user
  process.env.DB_PASSWORD = database.password
}
