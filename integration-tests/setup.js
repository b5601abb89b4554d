const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Medusa's test runner restores each test's database from a template by
// terminating its connections; knex then logs every pooled connection it loses.
// That line is expected here and hides real output, so it alone is dropped.
const log = console.log
console.log = (...args) => {
  if (typeof args[0] === "string" && args[0].startsWith("Connection Error: Connection ended unexpectedly")) {
    return
  }
  log(...args)
}

// The ETA refresh job would otherwise fire every two minutes inside a long suite and
// rewrite estimates behind whatever the suite is checking (the bad-input sweep's
// "changed nothing" digest). Suites that test the job call it directly. "off", not a
// far-off cron: Medusa's in-memory engine waits for a job with one setTimeout, and a
// wait over 2^31 ms (24.8 days) overflows and fires at once, over and over.
process.env.ETA_REFRESH_CRON ??= "off"
// The balance job never runs on its own either ("off"; a far-off cron would overflow Node's timer):
// the deposits suite calls it with the day it wants.
process.env.BALANCE_REQUEST_CRON ??= "off"
