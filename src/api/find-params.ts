import { z } from "@medusajs/framework/zod"

/** `fields`, `limit` (1-100) and `offset` of every list route. */
export const findParamsShape = {
  fields: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  offset: z.coerce.number().int().min(0).optional(),
}

/** `fields` of every retrieve route. */
export const selectParamsShape = {
  fields: z.string().optional(),
}

/** A query-string boolean: "true" / "false" only. */
export const queryBoolean = z.enum(["true", "false"]).transform((value) => value === "true")
