import { z } from "@medusajs/framework/zod"

/*
 * Medusa's createFindParams/createSelectParams take `order` and `with_deleted` and
 * any limit; SweetSpot's lists sort one way, never show deleted rows, and cap a
 * page at 100, and its validators are strict, so an unknown parameter is a 400.
 */

/** `fields`, `limit` (1-100) and `offset` of every list route. */
const fields = z
  .string()
  .optional()
  .meta({
    description:
      "Fields to answer, Medusa-style: `+field` adds, `-field` removes, a plain list replaces the defaults. A field the route does not allow is left out.",
  })

export const findParamsShape = {
  fields,
  limit: z.coerce.number().int().min(1).max(100).optional().meta({ description: "How many to answer, 1-100 (default 20)." }),
  offset: z.coerce.number().int().min(0).optional().meta({ description: "How many to skip." }),
}

/** `fields` of every retrieve route. */
export const selectParamsShape = {
  fields,
}

/** A query-string boolean: "true" / "false" only. */
export const queryBoolean = z.enum(["true", "false"]).transform((value) => value === "true")

/** What every list answer carries besides its records. */
export const pageAnswerShape = {
  count: z.number().int().meta({ description: "How many match, over all pages." }),
  limit: z.number().int(),
  offset: z.number().int(),
}
