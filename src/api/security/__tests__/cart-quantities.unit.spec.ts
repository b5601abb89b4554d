import { badQuantity, MAX_INTEGER } from "../cart-quantities"

describe("badQuantity", () => {
  it("accepts whole quantities in range, and bodies without one", () => {
    expect(badQuantity({ quantity: 1 }, 1)).toBeNull()
    expect(badQuantity({ quantity: MAX_INTEGER }, 1)).toBeNull()
    expect(badQuantity({ quantity: 0 }, 0)).toBeNull()
    expect(badQuantity({ email: "a@b.c" }, 1)).toBeNull()
    expect(badQuantity({ items: [{ variant_id: "v", quantity: 2 }] }, 1)).toBeNull()
    expect(badQuantity(undefined, 1)).toBeNull()
  })

  it.each([
    [{ quantity: MAX_INTEGER + 1 }, 1, "quantity"],
    [{ quantity: 1e300 }, 1, "quantity"],
    [{ quantity: 1.5 }, 1, "quantity"],
    [{ quantity: 0 }, 1, "quantity"],
    [{ quantity: -1 }, 0, "quantity"],
    [{ quantity: "3" }, 1, "quantity"],
    [{ items: [{ quantity: 1 }, { quantity: 2 ** 40 }] }, 1, "items[1].quantity"],
  ])("names %j (at least %i) as %s", (body, min, field) => {
    expect(badQuantity(body, min)).toEqual(field)
  })
})
