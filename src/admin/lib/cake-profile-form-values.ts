import type { AdminCakeProfile, AdminUpsertCakeProfileBody } from "../../types/cake/http"
import { EGG_OPTIONS, EggOption } from "../../types/cake/cake-options"

export type PricedRow = { name: string; amount: string }

/** A cake profile form as the inputs hold it. */
export type CakeProfileFormValues = {
  flavour: string
  egg_options: EggOption[]
  shapes: PricedRow[]
  toppings: PricedRow[]
  max_message_length: string
  lead_time_minutes: string
  is_available: boolean
  /** Shoppers may send a reference photo, at this price. */
  photo_accepted: boolean
  photo_price: string
  /** This cake's deposit percent; empty = the bakery's. */
  deposit: string
}

export const CAKE_PROFILE_FORM_FIELDS = [
  "flavour",
  "egg_options",
  "shapes",
  "toppings",
  "max_message_length",
  "lead_time_minutes",
  "is_available",
  "photo",
  "deposit",
] as const

export const ALL_EGG_OPTIONS = EGG_OPTIONS

export function cakeProfileFormValuesOf(profile?: AdminCakeProfile | null): CakeProfileFormValues {
  return {
    flavour: profile?.flavour ?? "",
    egg_options: profile?.egg_options ?? ["egg", "eggless"],
    shapes: (profile?.shapes ?? []).map((s) => ({ name: s.name, amount: String(s.surcharge) })),
    toppings: (profile?.toppings ?? []).map((t) => ({ name: t.name, amount: String(t.price) })),
    max_message_length: String(profile?.max_message_length ?? 50),
    lead_time_minutes: profile?.lead_time_minutes === null || profile?.lead_time_minutes === undefined ? "" : String(profile.lead_time_minutes),
    is_available: profile?.is_available ?? true,
    photo_accepted: profile?.photo?.accepted ?? false,
    photo_price: String(profile?.photo?.price ?? 0),
    deposit: profile?.deposit ? String(profile.deposit.percent) : "",
  }
}

/** A number when the input holds one; otherwise the text, so the API says what is wrong. */
const numberOrText = (value: string) => (value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value)

export function cakeProfileBodyOf(values: CakeProfileFormValues): AdminUpsertCakeProfileBody {
  return {
    flavour: values.flavour,
    egg_options: values.egg_options,
    shapes: values.shapes.map((s) => ({ name: s.name, surcharge: numberOrText(s.amount) as number })),
    toppings: values.toppings.map((t) => ({ name: t.name, price: numberOrText(t.amount) as number })),
    max_message_length: numberOrText(values.max_message_length) as number,
    lead_time_minutes: values.lead_time_minutes.trim() === "" ? null : (numberOrText(values.lead_time_minutes) as number),
    is_available: values.is_available,
    photo: { accepted: values.photo_accepted, price: values.photo_price.trim() === "" ? 0 : (numberOrText(values.photo_price) as number) },
    deposit: values.deposit.trim() === "" ? null : { percent: numberOrText(values.deposit) as number },
  }
}
