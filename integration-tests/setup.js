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
// "changed nothing" digest). Suites that test the job call it directly, so its
// schedule is moved to midnight twenty days from now. Not further: Medusa's in-memory
// workflow engine waits for a job with one setTimeout, and a wait over 2^31 ms
// (24.8 days) overflows and fires at once, over and over.
const inTwentyDays = new Date(Date.now() + 20 * 86400 * 1000)
process.env.ETA_REFRESH_CRON ??= `0 0 ${inTwentyDays.getDate()} ${inTwentyDays.getMonth() + 1} *`
