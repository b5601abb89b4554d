import { EggOption } from "./cake-options"

/** What a shopper asks for on a cake, as the Store API takes it. */
export type CakeChoiceInput = {
  message?: string | null
  egg_version?: EggOption
  toppings?: string[]
  shape?: string | null
  notes?: string | null
}

/** A choice checked against the cake profile: defaults filled, names as the profile spells them. */
export type CakeChoice = {
  message: string | null
  egg_version: EggOption
  toppings: string[]
  shape: string | null
  notes: string | null
}

export type CakeCustomizationDTO = CakeChoice & {
  id: string
  price_adjustment: number
  cart_id: string | null
  created_at: Date | string
  updated_at: Date | string
}
