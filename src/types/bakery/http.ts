import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateBakery,
  AdminGetBakeriesParams,
  AdminGetBakeryStatsParams,
  AdminUpdateBakery,
  AdminUpdateBakeryCakes,
} from "../../api/admin/bakeries/validators"
import type { StoreGetBakeriesParams } from "../../api/store/bakeries/validators"
import type { BakeryDTO } from "./bakery"

type Page = { count: number; limit: number; offset: number }

/** What a shopper sees of a bakery: its shop front, not its capacity or status. */
export type StoreBakery = Omit<BakeryDTO, "daily_capacity" | "is_active" | "metadata" | "created_at" | "updated_at">

export type StoreBakeriesQuery = z.output<typeof StoreGetBakeriesParams>
export type StoreBakeriesResponse = { bakeries: StoreBakery[] } & Page
export type StoreBakeryResponse = { bakery: StoreBakery }

/** A cake a bakery bakes, as staff see it on the bakery. */
export type AdminBakeryCake = { id: string; title: string; handle: string; status: string; thumbnail: string | null }

/** A bakery as staff see it; `products` only on single-bakery answers. */
export type AdminBakery = BakeryDTO & { products?: AdminBakeryCake[] }

export type AdminBakeriesQuery = z.output<typeof AdminGetBakeriesParams>
export type AdminBakeriesResponse = { bakeries: AdminBakery[] } & Page
export type AdminBakeryResponse = { bakery: AdminBakery }
export type AdminBakeryDeleteResponse = { id: string; object: "bakery"; deleted: true }

export type AdminCreateBakeryBody = z.input<typeof AdminCreateBakery>
export type AdminUpdateBakeryBody = z.input<typeof AdminUpdateBakery>
export type AdminUpdateBakeryCakesBody = z.input<typeof AdminUpdateBakeryCakes>

/** `from` and `to`: a date (YYYY-MM-DD) or an ISO date-time; the last 30 days when left out. */
export type AdminBakeryStatsQuery = z.input<typeof AdminGetBakeryStatsParams>
