/** Secrets that ship in examples and documentation, so anyone could sign tokens or cookies with them. */
export const KNOWN_DEFAULT_SECRETS = ["supersecret", "secret", "changeme", "change-me"]

/** Commands that never serve requests, so never use the secrets. */
const COMMANDS_WITHOUT_SECRETS = new Set(["build", "db:generate", "plugin:build"])

/**
 * Why this process must not start, or null: in production (`NODE_ENV=production`)
 * JWT_SECRET and COOKIE_SECRET must be set, and not to a known default, or anyone
 * could forge a shopper's or an admin's login. Development and tests keep their
 * defaults and need no setup.
 */
export function productionSecretsProblem(env: NodeJS.ProcessEnv, command?: string): string | null {
  if (env.NODE_ENV !== "production" || (command && COMMANDS_WITHOUT_SECRETS.has(command))) {
    return null
  }
  const weak = ["JWT_SECRET", "COOKIE_SECRET"].filter((name) => {
    const value = env[name]?.trim()
    return !value || KNOWN_DEFAULT_SECRETS.includes(value.toLowerCase())
  })
  if (!weak.length) {
    return null
  }
  return `SweetSpot will not start in production with ${weak.join(" and ")} unset or set to a known default: set ${weak.length > 1 ? "each" : "it"} to a long random value (e.g. openssl rand -hex 32)`
}
