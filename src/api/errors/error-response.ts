import { z } from "@medusajs/framework/zod"

/** Medusa's error answer, `{ type, message, code? }`; a 401 of Medusa's `authenticate` carries only `message`. */
export const ErrorResponse = z
  .object({
    type: z
      .string()
      .optional()
      .meta({ description: "Medusa's error type.", examples: ["invalid_data", "not_allowed", "not_found", "unauthorized", "conflict"] }),
    message: z.string().meta({ description: "What went wrong, naming the field or the thing.", examples: ["Bakery bkry_123 was not found"] }),
    code: z.string().optional().meta({ description: "Medusa's optional error code, e.g. `domain_conflict`, `invalid_state_error`." }),
  })
  .meta({ id: "Error", description: "Medusa's error answer." })
