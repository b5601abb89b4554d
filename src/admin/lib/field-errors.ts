/** An API error as a form shows it: a message per field, and what belongs to no field. */
export type FormErrors = { fields: Record<string, string>; form: string | null }

const QUOTED_FIELD = /[Ff]ield '([^']+)'/
const LEADING_FIELD = /^([a-z_]+)(?:[ :,.]|$)/

/**
 * Splits an API error message (Medusa joins up to three validation problems with "; ")
 * into messages next to the fields they name; a message naming no known field stays on
 * the form. A nested path such as `opening_hours, 0, opens` belongs to its first field.
 */
export function formErrorsFrom(error: unknown, knownFields: readonly string[]): FormErrors {
  const message = error instanceof Error ? error.message : String(error ?? "Something went wrong")
  const parts = message.replace(/^Invalid request:\s*/, "").split(/;\s+/).filter(Boolean)
  const fields: Record<string, string> = {}
  const unplaced: string[] = []
  for (const part of parts) {
    const named = part.match(QUOTED_FIELD)?.[1]?.split(",")[0].trim() ?? part.match(LEADING_FIELD)?.[1]
    if (named && knownFields.includes(named) && !fields[named]) {
      fields[named] = part
    } else {
      unplaced.push(part)
    }
  }
  return { fields, form: unplaced.length ? unplaced.join("; ") : null }
}

export const noFormErrors: FormErrors = { fields: {}, form: null }
