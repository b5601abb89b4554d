import type { z } from "@medusajs/framework/zod"
import type {
  AdminBakeriesResponse as AdminBakeriesAnswer,
  AdminBakeryClosure as AdminBakeryClosureSchema,
  AdminBakeryClosureDeleteResponse as AdminBakeryClosureDeleteAnswer,
  AdminBakeryClosureResponse as AdminBakeryClosureAnswer,
  AdminBakeryClosuresResponse as AdminBakeryClosuresAnswer,
  AdminCreateBakeryClosure,
  AdminBakery as AdminBakerySchema,
  AdminBakeryDeleteResponse as AdminBakeryDeleteAnswer,
  AdminBakeryResponse as AdminBakeryAnswer,
  AdminCreateBakery,
  AdminGetBakeriesParams,
  AdminGetBakeryStatsParams,
  AdminUpdateBakery,
  AdminUpdateBakeryCakes,
} from "../../api/admin/bakeries/validators"
import type {
  StoreBakeriesResponse as StoreBakeriesAnswer,
  StoreBakery as StoreBakerySchema,
  StoreBakeryResponse as StoreBakeryAnswer,
  StoreGetBakeriesParams,
} from "../../api/store/bakeries/validators"
import type { AdminBakeryAccessResponse as AdminBakeryAccessAnswer } from "../../api/admin/bakery-access/validators"
import type {
  AdminBakeSheet as AdminBakeSheetSchema,
  AdminBakeSheetResponse as AdminBakeSheetAnswer,
  AdminBakeSheetTicket as AdminBakeSheetTicketSchema,
} from "../../api/admin/bakeries/[id]/bake-sheet/validators"
import type {
  AdminBakeryMember as AdminBakeryMemberSchema,
  AdminBakeryMemberDeleteResponse as AdminBakeryMemberDeleteAnswer,
  AdminBakeryMemberResponse as AdminBakeryMemberAnswer,
  AdminBakeryMembersResponse as AdminBakeryMembersAnswer,
  AdminCreateBakeryMember,
} from "../../api/admin/bakeries/[id]/members/validators"

/** What a shopper sees of a bakery: its shop front, not its capacity or status. */
export type StoreBakery = z.output<typeof StoreBakerySchema>

export type StoreBakeriesQuery = z.output<typeof StoreGetBakeriesParams>
export type StoreBakeriesResponse = z.output<typeof StoreBakeriesAnswer>
export type StoreBakeryResponse = z.output<typeof StoreBakeryAnswer>

/** A bakery as staff see it; `products` only on single-bakery answers. */
export type AdminBakery = z.output<typeof AdminBakerySchema>
/** A cake a bakery bakes, as staff see it on the bakery. */
export type AdminBakeryCake = NonNullable<AdminBakery["products"]>[number]

export type AdminBakeriesQuery = z.output<typeof AdminGetBakeriesParams>
export type AdminBakeriesResponse = z.output<typeof AdminBakeriesAnswer>
export type AdminBakeryResponse = z.output<typeof AdminBakeryAnswer>
export type AdminBakeryDeleteResponse = z.output<typeof AdminBakeryDeleteAnswer>

export type AdminCreateBakeryBody = z.input<typeof AdminCreateBakery>
export type AdminUpdateBakeryBody = z.input<typeof AdminUpdateBakery>
export type AdminUpdateBakeryCakesBody = z.input<typeof AdminUpdateBakeryCakes>

/** `from` and `to`: a date (YYYY-MM-DD) or an ISO date-time; the last 30 days when left out. */
export type AdminBakeryStatsQuery = z.input<typeof AdminGetBakeryStatsParams>

/** Days a bakery takes no orders for. */
export type AdminBakeryClosure = z.output<typeof AdminBakeryClosureSchema>
export type AdminCreateBakeryClosureBody = z.input<typeof AdminCreateBakeryClosure>
export type AdminBakeryClosuresResponse = z.output<typeof AdminBakeryClosuresAnswer>
/** The closure and the orders already booked on its days (nothing is cancelled). */
export type AdminBakeryClosureResponse = z.output<typeof AdminBakeryClosureAnswer>
export type AdminBakeryClosureDeleteResponse = z.output<typeof AdminBakeryClosureDeleteAnswer>

/** A user (or an invited email) who works for a bakery, and the routes that manage them. */
export type AdminBakeryMember = z.output<typeof AdminBakeryMemberSchema>
export type AdminCreateBakeryMemberBody = z.input<typeof AdminCreateBakeryMember>
export type AdminBakeryMemberResponse = z.output<typeof AdminBakeryMemberAnswer>
export type AdminBakeryMembersResponse = z.output<typeof AdminBakeryMembersAnswer>
export type AdminBakeryMemberDeleteResponse = z.output<typeof AdminBakeryMemberDeleteAnswer>

/** A bakery's production sheet for a day. */
export type AdminBakeSheet = z.output<typeof AdminBakeSheetSchema>
export type AdminBakeSheetTicket = z.output<typeof AdminBakeSheetTicketSchema>
export type AdminBakeSheetQuery = { date?: string }
export type AdminBakeSheetResponse = z.output<typeof AdminBakeSheetAnswer>

/** What the logged-in user may see: everything (platform admin) or their bakeries. */
export type AdminBakeryAccessResponse = z.output<typeof AdminBakeryAccessAnswer>
