module.exports = async function globalTeardown() {
  await globalThis.__SWEETSPOT_TEST_DATABASE__?.stop()
}
