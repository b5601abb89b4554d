import { assertOneBakery } from "../one-bakery-per-cart"

const crumb = { id: "bkry_1", name: "Crumb & Co" }
const whisk = { id: "bkry_2", name: "Northern Whisk" }

describe("assertOneBakery", () => {
  it("accepts an empty cart and more cakes of the same bakery", () => {
    expect(() => assertOneBakery([], [crumb])).not.toThrow()
    expect(() => assertOneBakery([crumb, crumb], [crumb])).not.toThrow()
  })

  it("refuses a cake of a second bakery, naming both", () => {
    expect(() => assertOneBakery([crumb], [whisk])).toThrow(/Crumb & Co.*Northern Whisk/)
  })

  it("refuses two bakeries added at once", () => {
    expect(() => assertOneBakery([], [crumb, whisk])).toThrow(/Crumb & Co.*Northern Whisk/)
  })
})
