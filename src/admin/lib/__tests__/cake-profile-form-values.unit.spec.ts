import { cakeProfileBodyOf, cakeProfileFormValuesOf } from "../cake-profile-form-values"

const profile = {
  id: "cprof_1",
  flavour: "chocolate",
  egg_options: ["egg" as const],
  shapes: [],
  toppings: [],
  max_message_length: 40,
  is_available: true,
  lead_time_minutes: null,
  photo: { accepted: true, price: 6 },
  created_at: "2026-12-01T00:00:00.000Z",
  updated_at: "2026-12-01T00:00:00.000Z",
}

describe("the cake profile form's photo setting", () => {
  it("shows whether the cake takes a photo and its price, and sends both back", () => {
    const values = cakeProfileFormValuesOf(profile)
    expect({ accepted: values.photo_accepted, price: values.photo_price }).toEqual({ accepted: true, price: "6" })
    expect(cakeProfileBodyOf({ ...values, photo_price: "7.5" }).photo).toEqual({ accepted: true, price: 7.5 })
  })

  it("starts a new profile without photos, an emptied price is 0, and a non-number is left for the API to name", () => {
    const values = cakeProfileFormValuesOf(null)
    expect({ accepted: values.photo_accepted, price: values.photo_price }).toEqual({ accepted: false, price: "0" })
    expect(cakeProfileBodyOf({ ...values, photo_accepted: true, photo_price: " " }).photo).toEqual({ accepted: true, price: 0 })
    expect(cakeProfileBodyOf({ ...values, photo_price: "abc" }).photo).toEqual({ accepted: false, price: "abc" })
  })
})
