const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// TEST_TYPE picks tiers (one, or several separated by commas); without it, every tier.
const tiers = {
  unit: [
    "<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s",
    "<rootDir>/scripts/**/__tests__/**/*.unit.spec.[jt]s",
    "<rootDir>/bench/**/__tests__/**/*.unit.spec.[jt]s",
  ],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  browser: ["<rootDir>/integration-tests/browser/**/*.spec.[jt]s"],
  "scale-out": ["<rootDir>/integration-tests/scale-out/**/*.spec.[jt]s"],
}
const picked = process.env.TEST_TYPE ? process.env.TEST_TYPE.split(",").map((name) => name.trim()) : Object.keys(tiers)
const unknown = picked.filter((name) => !tiers[name])
if (unknown.length) {
  throw new Error(`Unknown TEST_TYPE "${unknown.join(",")}": use one of ${Object.keys(tiers).join(", ")}`)
}
const selected = picked.flatMap((name) => tiers[name])

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
        // Leaves import() native, so tests can load the ESM scripts in scripts/lib.
        module: { type: "commonjs", ignoreDynamic: true },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  globalSetup: "./integration-tests/global-setup.js",
  globalTeardown: "./integration-tests/global-teardown.js",
  testMatch: selected,
  // Module suites must not pick up the pure unit specs that live beside them.
  testPathIgnorePatterns:
    picked.includes("integration:modules") && !picked.includes("unit") ? ["/node_modules/", "\\.unit\\.spec\\.[jt]s$"] : ["/node_modules/"],
  testTimeout: 120000,
  // Every HTTP suite boots a whole Medusa app; a worker (each runs one file at a time) is
  // replaced once it holds this much, so a long run never exhausts the heap.
  workerIdleMemoryLimit: "1536MB",
}
