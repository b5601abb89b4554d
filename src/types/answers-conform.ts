import type { z } from "@medusajs/framework/zod"
import type { AdminBakeryStatsResponse as AdminBakeryStatsAnswer } from "../api/admin/bakeries/validators"
import type { AdminBakeryStatsResponse } from "./bakery/bakery-stats"

/**
 * Compile-time check (run by `npm run typecheck`): the stats answer the OpenAPI
 * document describes is the one the stats rule builds (its type is the rule's).
 * Every other answer type is inferred from its schema.
 */
type Conforms<Documented, Typed> = Documented extends Typed ? true : never

export const statsAnswerConforms: Conforms<z.output<typeof AdminBakeryStatsAnswer>, AdminBakeryStatsResponse> = true
