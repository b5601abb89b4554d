import { cakeChoiceKey, resolveCakeChoice } from "../cake-choice"
import { CakeProfileDTO } from "../../../../types/cake/cake-profile"

const profile: CakeProfileDTO = {
  id: "cprof_1",
  flavour: "chocolate",
  egg_options: ["egg", "eggless"],
  shapes: [
    { name: "Round", surcharge: 0 },
    { name: "Heart", surcharge: 8 },
  ],
  toppings: [
    { name: "Fresh berries", price: 6 },
    { name: "Sprinkles", price: 2 },
  ],
  max_message_length: 20,
  is_available: true,
}

describe("resolveCakeChoice", () => {
  it("fills the first egg option and spells names as the bakery does", () => {
    expect(resolveCakeChoice("Truffle", profile, { toppings: ["sprinkles", "FRESH BERRIES"], shape: "heart", message: "  Happy 30th " })).toEqual({
      message: "Happy 30th",
      egg_version: "egg",
      toppings: ["Fresh berries", "Sprinkles"],
      shape: "Heart",
      notes: null,
      photo: null,
    })
  })

  it("refuses a message longer than the cake allows, naming the limit", () => {
    expect(() => resolveCakeChoice("Truffle", profile, { message: "x".repeat(21) })).toThrow(
      "customization.message: at most 20 characters on Truffle (yours has 21)"
    )
  })

  it("refuses any message on a cake that takes none", () => {
    expect(() => resolveCakeChoice("Plain", { ...profile, max_message_length: 0 }, { message: "hi" })).toThrow("takes no message")
  })

  it("refuses an egg version the bakery does not bake", () => {
    expect(() => resolveCakeChoice("Red Velvet", { ...profile, egg_options: ["egg"] }, { egg_version: "eggless" })).toThrow(
      "customization.egg_version: Red Velvet is baked egg only, not eggless"
    )
  })

  it("refuses an unknown topping and lists the offered ones", () => {
    expect(() => resolveCakeChoice("Truffle", profile, { toppings: ["Anchovies"] })).toThrow(
      'customization.toppings: "Anchovies" is not offered on Truffle; choose from Fresh berries, Sprinkles'
    )
  })

  it("refuses the same topping twice", () => {
    expect(() => resolveCakeChoice("Truffle", profile, { toppings: ["Sprinkles", "sprinkles"] })).toThrow("chosen twice")
  })

  it("refuses an unknown shape and lists the offered ones", () => {
    expect(() => resolveCakeChoice("Truffle", profile, { shape: "Star" })).toThrow(
      'customization.shape: "Star" is not offered on Truffle; choose from Round, Heart'
    )
  })

  it("keeps a photo on a cake that takes one, and refuses it on one that does not", () => {
    const photo = { file_id: "private-1-cake-photo.png", content_type: "image/png" as const, size: 120, width: 4, height: 3 }
    const takesPhotos = { ...profile, photo: { accepted: true, price: 5 } }
    expect(resolveCakeChoice("Truffle", takesPhotos, { photo }).photo).toEqual(photo)
    expect(() => resolveCakeChoice("Truffle", profile, { photo })).toThrow("photo: Truffle takes no photo")
    expect(() => resolveCakeChoice("Truffle", { ...profile, photo: { accepted: false, price: 5 } }, { photo })).toThrow("takes no photo")
    expect(resolveCakeChoice("Truffle", profile, { photo: null }).photo).toBeNull()
  })

  it("refuses an unavailable cake", () => {
    expect(() => resolveCakeChoice("Truffle", { ...profile, is_available: false }, {})).toThrow("Truffle is not available right now")
  })
})

describe("cakeChoiceKey", () => {
  it("is the same for the same cake chosen in another order", () => {
    const a = resolveCakeChoice("T", profile, { toppings: ["Sprinkles", "Fresh berries"] })
    const b = resolveCakeChoice("T", profile, { toppings: ["fresh berries", "sprinkles"] })
    expect(cakeChoiceKey("variant_1", a)).toEqual(cakeChoiceKey("variant_1", b))
  })

  it("differs for another message or another variant", () => {
    const a = resolveCakeChoice("T", profile, { message: "Happy birthday" })
    const b = resolveCakeChoice("T", profile, { message: "Happy retirement" })
    expect(cakeChoiceKey("variant_1", a)).not.toEqual(cakeChoiceKey("variant_1", b))
    expect(cakeChoiceKey("variant_1", a)).not.toEqual(cakeChoiceKey("variant_2", a))
  })

  it("gives a line with a photo a key of its own, and keeps the key of a line without one as it was", () => {
    const plain = resolveCakeChoice("T", profile, { message: "Hi" })
    const withPhoto = { ...plain, photo: { file_id: "private-1-a.png", content_type: "image/png" as const, size: 1 } }
    expect(cakeChoiceKey("variant_1", plain)).toEqual(JSON.stringify(["variant_1", "Hi", "egg", [], null, null]))
    expect(cakeChoiceKey("variant_1", withPhoto)).not.toEqual(cakeChoiceKey("variant_1", plain))
    expect(cakeChoiceKey("variant_1", withPhoto)).not.toEqual(
      cakeChoiceKey("variant_1", { ...withPhoto, photo: { ...withPhoto.photo, file_id: "private-2-b.png" } })
    )
  })
})
