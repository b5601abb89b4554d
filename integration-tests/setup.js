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
