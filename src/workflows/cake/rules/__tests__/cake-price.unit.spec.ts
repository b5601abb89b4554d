import { priceCake } from "../cake-price"
import { resolveCakeChoice } from "../cake-choice"
import { CakeProfileDTO } from "../../../../types/cake/cake-profile"

const profile: CakeProfileDTO = {
  id: "cprof_1",
  flavour: "vanilla",
  egg_options: ["egg"],
  shapes: [
    { name: "Round", surcharge: 0 },
    { name: "Heart", surcharge: 8 },
  ],
  toppings: [
    { name: "Berries", price: 6.1 },
    { name: "Gold leaf", price: 0.2 },
  ],
  max_message_length: 40,
  is_available: true,
}

describe("priceCake", () => {
  it("is the variant price alone for a plain cake", () => {
    expect(priceCake(32, profile, resolveCakeChoice("C", profile, {}))).toEqual({ unit_price: 32, price_adjustment: 0 })
  })

  it("adds every chosen topping and the shape surcharge", () => {
    const choice = resolveCakeChoice("C", profile, { toppings: ["Berries", "Gold leaf"], shape: "Heart" })
    expect(priceCake(32, profile, choice)).toEqual({ unit_price: 46.3, price_adjustment: 14.3 })
  })

  it("adds nothing for a shape without surcharge", () => {
    const choice = resolveCakeChoice("C", profile, { shape: "Round" })
    expect(priceCake(27.5, profile, choice)).toEqual({ unit_price: 27.5, price_adjustment: 0 })
  })

  it("adds the photo's price to a line with a photo, like a topping", () => {
    const takesPhotos = { ...profile, photo: { accepted: true, price: 4.9 } }
    const photo = { file_id: "private-1-a.jpg", content_type: "image/jpeg" as const, size: 2000 }
    const choice = resolveCakeChoice("C", takesPhotos, { toppings: ["Gold leaf"], photo })
    expect(priceCake(32, takesPhotos, choice)).toEqual({ unit_price: 37.1, price_adjustment: 5.1 })
    expect(priceCake(32, takesPhotos, { ...choice, photo: null })).toEqual({ unit_price: 32.2, price_adjustment: 0.2 })
  })

  it("keeps cents exact", () => {
    const choice = resolveCakeChoice("C", profile, { toppings: ["Gold leaf"] })
    expect(priceCake(0.1, profile, choice).unit_price).toEqual(0.3)
  })
})
