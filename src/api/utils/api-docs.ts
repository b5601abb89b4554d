import { MedusaError } from "@medusajs/framework/utils"

/**
 * Whether the browsable API reference is served: always in development and tests,
 * in production only with API_DOCS=true (it shows every route SweetSpot adds,
 * which a shop may not want public). API_DOCS=false turns it off anywhere.
 */
export function apiDocsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.API_DOCS === "true") return true
  if (env.API_DOCS === "false") return false
  return env.NODE_ENV !== "production"
}

/** A disabled reference answers as if it were not there. */
export function assertApiDocsEnabled() {
  if (!apiDocsEnabled()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no API reference here")
  }
}
