import { CakePhoto, EggOption } from "./cake-options"

/** What a shopper asks for on a cake, as the Store API takes it. */
export type CakeChoiceInput = {
  message?: string | null
  egg_version?: EggOption
  toppings?: string[]
  shape?: string | null
  notes?: string | null
}

/**
 * A choice as SweetSpot's workflows take it: the shopper's, plus the line's photo,
 * which only SweetSpot's photo routes set (the Store API's JSON bodies cannot).
 * `photo` undefined keeps the line's photo.
 */
export type CakeChoiceWithPhoto = CakeChoiceInput & { photo?: CakePhoto | null }

/** A choice checked against the cake profile: defaults filled, names as the profile spells them. */
export type CakeChoice = {
  message: string | null
  egg_version: EggOption
  toppings: string[]
  shape: string | null
  notes: string | null
  /** The reference photo, when the shopper sent one and the cake takes one. */
  photo: CakePhoto | null
}

export type CakeCustomizationDTO = CakeChoice & {
  id: string
  price_adjustment: number
  cart_id: string | null
  created_at: Date | string
  updated_at: Date | string
}
