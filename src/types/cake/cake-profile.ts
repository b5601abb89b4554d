import { DepositTerms } from "../bakery/deposit"
import { CakePhotoOption, CakeShape, CakeTopping, EggOption } from "./cake-options"

export type CakeProfileDTO = {
  id: string
  flavour: string
  egg_options: EggOption[]
  shapes: CakeShape[]
  toppings: CakeTopping[]
  max_message_length: number
  is_available: boolean
  lead_time_minutes?: number | null
  /** Absent on a profile read without it: no photo. */
  photo?: CakePhotoOption
  /** Set, it wins over the bakery's deposit. */
  deposit?: DepositTerms | null
}

/** The profile fields an upsert may set; on create, unset fields take the model's defaults. */
export type CakeProfileFields = Partial<Omit<CakeProfileDTO, "id">>

/** The profile fields an API answer shows. */
export const CAKE_PROFILE_FIELDS = [
  "id",
  "flavour",
  "egg_options",
  "shapes",
  "toppings",
  "max_message_length",
  "is_available",
  "lead_time_minutes",
  "photo",
  "deposit",
]
