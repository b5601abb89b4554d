// ESLint for SweetSpot: Medusa's own plugin (its conventions for routes, workflows,
// modules, links, subscribers, jobs and admin extensions) on top of
// typescript-eslint's recommended set. `npm run lint` runs it; `npm test` runs it first.
import medusa from "@medusajs/eslint-plugin"
import tseslint from "typescript-eslint"

export default [
  {
    ignores: [".medusa/**", ".data/**", "node_modules/**", "test-artifacts/**", "**/*.d.ts", "src/modules/*/migrations/**", "packages/*/dist/**", "packages/*/.build/**"],
  },
  ...tseslint.configs.recommended,
  ...medusa.configs.recommended,
  {
    rules: {
      // Leaving fields out by destructuring them is how a step copies a record without its timestamps.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // query.graph answers over module links are untyped without Medusa's generated types; the
      // remaining `any` are at those edges. Warned, so each new one shows, without failing the run.
      "@typescript-eslint/no-explicit-any": "warn",
    },
  },
  {
    // Not Medusa code: a storefront example, build scripts and the test runner's configuration.
    files: ["examples/**", "jest.config.js", "integration-tests/**", "scripts/**", "bench/**", "packages/*/scripts/**"],
    rules: {
      "@medusajs/use-medusa-error-not-generic-error": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
]
