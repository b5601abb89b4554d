import { DepositTerms } from "./deposit"
import { DeliveryFee } from "./delivery-fee"
import { OpeningHours } from "./opening-hours"

/** A bakery as the module stores it. */
export type BakeryDTO = {
  id: string
  name: string
  handle: string
  description: string | null
  email: string | null
  phone: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  latitude: number | null
  longitude: number | null
  timezone: string
  opening_hours: OpeningHours[]
  lead_time_minutes: number
  daily_capacity: number | null
  delivery_radius_km: number | null
  window_capacity: number | null
  order_cutoff: string | null
  pickup_enabled: boolean
  delivery_fees: DeliveryFee[]
  deposit: DepositTerms | null
  balance_due_days: number | null
  cancellation_window_hours: number | null
  is_active: boolean
  metadata: Record<string, unknown> | null
  created_at: Date | string
  updated_at: Date | string
}

/** What creating a bakery takes: everything but the ids and timestamps; defaults fill the rest. */
export type CreateBakeryDTO = Partial<Omit<BakeryDTO, "id" | "created_at" | "updated_at">> & {
  name: string
  handle: string
}

export type UpdateBakeryDTO = Partial<Omit<BakeryDTO, "id" | "created_at" | "updated_at">> & { id: string }
