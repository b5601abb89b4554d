import { cakeChoiceKey } from "../cake-choice"
import { assertCakeOnSale, assertCakeProductOnSale, mergeTarget } from "../cake-line"
import { assertAddedCakeItems, assertCakeLinesIntact, assertCakeLineUpdate, CustomizationClaim } from "../cake-line-integrity"

const crumb = { id: "bkry_1", name: "Crumb & Co", is_active: true }
const whisk = { id: "bkry_2", name: "Northern Whisk", is_active: true }
const lemon = { id: "prod_lemon", title: "Lemon Drizzle", status: "published", bakery: crumb, cake_profile: { is_available: true } }
const caramel = { id: "prod_caramel", title: "Salted Caramel", status: "published", bakery: whisk, cake_profile: { is_available: true } }
const mug = { id: "prod_mug", title: "Mug", status: "published", bakery: null, cake_profile: null }
const products = new Map<string, any>([
  ["var_lemon", lemon],
  ["var_caramel", caramel],
  ["var_mug", mug],
])
const choice = { message: "Happy 40th", egg_version: "egg" as const, toppings: [], shape: null, notes: null }
const customization = (overrides: Partial<CustomizationClaim> = {}): CustomizationClaim => ({
  id: "cakecust_1",
  cart_id: "cart_1",
  line_item_id: null,
  ...choice,
  ...overrides,
})
const keys = (id = "cakecust_1", variant = "var_lemon") => ({ cake_customization_id: id, cake_choice_key: cakeChoiceKey(variant, choice) })

const add = (items: any[], extra: Partial<Parameters<typeof assertAddedCakeItems>[0]> = {}) =>
  assertAddedCakeItems({
    cart_id: "cart_1",
    items,
    lines: [],
    productsByVariant: products,
    cartBakeries: [],
    customizations: new Map([["cakecust_1", customization()]]),
    ...extra,
  })

describe("cake lines added through any route", () => {
  it("lets a plain cake, a non-cake product and SweetSpot's own priced line in", () => {
    expect(() => add([{ variant_id: "var_lemon", quantity: 2 }])).not.toThrow()
    expect(() => add([{ variant_id: "var_mug", quantity: 500 }])).not.toThrow()
    expect(() => add([{ variant_id: "var_lemon", quantity: 1, unit_price: 30, metadata: keys() }])).not.toThrow()
  })

  it.each([
    ["an unpublished cake", { ...lemon, status: "draft" }, "is not a cake on sale"],
    ["a cake of an inactive bakery", { ...lemon, bakery: { ...crumb, is_active: false } }, "is not a cake on sale"],
    ["a bakery product without a profile", { ...lemon, cake_profile: null }, "is not a cake on sale"],
    ["an unavailable cake", { ...lemon, cake_profile: { is_available: false } }, "Lemon Drizzle is not available right now"],
  ])("refuses %s", (_, product, message) => {
    expect(() => add([{ variant_id: "var_lemon", quantity: 1 }], { productsByVariant: new Map([["var_lemon", product]]) })).toThrow(message)
  })

  it("keeps one bakery per cart, in the cart and within one add", () => {
    expect(() => add([{ variant_id: "var_caramel", quantity: 1 }], { cartBakeries: [crumb] })).toThrow(/Crumb & Co.*Northern Whisk/)
    expect(() => add([{ variant_id: "var_lemon", quantity: 1 }, { variant_id: "var_caramel", quantity: 1 }])).toThrow(/Northern Whisk/)
  })

  it("counts the line an added cake joins, and two items of one add together, against the cap of 20", () => {
    const lines = [{ id: "cali_1", variant_id: "var_lemon", quantity: 15, metadata: null, is_custom_price: false }]
    expect(() => add([{ variant_id: "var_lemon", quantity: 5 }], { lines })).not.toThrow()
    expect(() => add([{ variant_id: "var_lemon", quantity: 6 }], { lines })).toThrow("the cart already has 15")
    expect(() => add([{ variant_id: "var_lemon", quantity: 21 }])).toThrow("at most 20")
    expect(() => add([{ variant_id: "var_mug", quantity: 21 }])).not.toThrow()
  })

  it.each([
    ["without a SweetSpot price (Medusa's line-item route)", { quantity: 1, metadata: keys() }, {}],
    ["naming another cart's customisation", { quantity: 1, unit_price: 30, metadata: keys() }, { cart_id: "cart_2" }],
    ["naming a customisation that does not exist", { quantity: 1, unit_price: 30, metadata: keys("cakecust_404") }, {}],
    ["with a choice key of another choice", { quantity: 1, unit_price: 30, metadata: { ...keys(), cake_choice_key: "[]" } }, {}],
    ["with only the choice key", { quantity: 1, unit_price: 30, metadata: { cake_choice_key: keys().cake_choice_key } }, {}],
    ["naming a customisation another line carries", { quantity: 1, unit_price: 30, metadata: keys() }, { line_item_id: "cali_9" }],
  ])("refuses a line claiming a customisation %s", (_, item, claim) => {
    expect(() => add([{ variant_id: "var_lemon", ...item }], { customizations: new Map([["cakecust_1", customization(claim)]]) })).toThrow(
      "metadata.cake_customization_id"
    )
  })

  it("lets an identical cake join the line that carries its customisation, and no other line carry it", () => {
    const twin = { id: "cali_1", variant_id: "var_lemon", quantity: 1, metadata: keys(), unit_price: 30, is_custom_price: true }
    const linked = new Map([["cakecust_1", customization({ line_item_id: "cali_1" })]])
    expect(() => add([{ variant_id: "var_lemon", quantity: 1, unit_price: 30, metadata: keys() }], { lines: [twin], customizations: linked })).not.toThrow()
    // At another price it would be a second line carrying the same customisation.
    expect(() => add([{ variant_id: "var_lemon", quantity: 1, unit_price: 1, metadata: keys() }], { lines: [twin], customizations: linked })).toThrow(
      "metadata.cake_customization_id"
    )
  })
})

describe("a change to a cart line through any route", () => {
  const line = { id: "cali_1", variant_id: "var_lemon", quantity: 2, metadata: keys(), unit_price: 30, is_custom_price: true }
  const update = (change: any, extra: any = {}) =>
    assertCakeLineUpdate({ line, update: change, product: lemon, customization: customization({ line_item_id: "cali_1" }), ...extra })

  it("may change the quantity up to 20 and keep the keys as they are", () => {
    expect(() => update({ quantity: 20 })).not.toThrow()
    expect(() => update({ quantity: 0 })).not.toThrow()
    expect(() => update({ quantity: 3, metadata: { ...keys(), gift_wrap: true } })).not.toThrow()
  })

  it.each([
    ["more than 20", { quantity: 21 }, "at most 20"],
    ["dropping the keys", { quantity: 1, metadata: {} }, "metadata.cake_customization_id"],
    ["pointing at another customisation", { quantity: 1, metadata: keys("cakecust_2") }, "metadata.cake_customization_id"],
    ["forging the choice key", { quantity: 1, metadata: { ...keys(), cake_choice_key: "x" } }, "metadata.cake_customization_id"],
  ])("refuses %s", (_, change, message) => {
    expect(() => update(change)).toThrow(message)
  })

  it("refuses keys on a plain line, and more of a cake that is off sale (fewer is fine)", () => {
    const plain = { ...line, metadata: null, is_custom_price: false }
    expect(() => assertCakeLineUpdate({ line: plain, update: { metadata: keys() }, product: lemon, customization: null })).toThrow(
      "metadata.cake_customization_id"
    )
    const off = { ...lemon, cake_profile: { is_available: false } }
    expect(() => update({ quantity: 3 }, { product: off })).toThrow("not available")
    expect(() => update({ quantity: 1 }, { product: off })).not.toThrow()
  })
})

describe("cake lines at checkout", () => {
  const linked = (id: string, claimed: string, cart = "cart_1") => ({
    id,
    metadata: { cake_customization_id: claimed },
    cake_customization: { id: claimed, cart_id: cart },
  })

  it("accepts lines that each carry their own customisation, and plain lines", () => {
    expect(() => assertCakeLinesIntact("cart_1", [linked("cali_1", "c1"), linked("cali_2", "c2"), { id: "cali_3", metadata: null }])).not.toThrow()
  })

  it.each([
    ["a line whose metadata names another customisation", [{ ...linked("cali_1", "c1"), metadata: { cake_customization_id: "c2" } }]],
    ["two lines naming one customisation", [linked("cali_1", "c1"), { id: "cali_2", metadata: { cake_customization_id: "c1" }, cake_customization: { id: "c1" } }]],
    ["a customisation of another cart", [linked("cali_1", "c1", "cart_2")]],
    ["a claim without a link", [{ id: "cali_1", metadata: { cake_customization_id: "c1" }, cake_customization: null }]],
  ])("refuses %s with a 409 that says what to do", (_, lines) => {
    expect(() => assertCakeLinesIntact("cart_1", lines as any)).toThrow(/remove it and add the cake again/)
  })
})

describe("mergeTarget", () => {
  it("follows Medusa's rule: same variant and metadata, same custom price or none", () => {
    const plain = { id: "a", variant_id: "v", metadata: { b: 1, a: 2 }, is_custom_price: false }
    const custom = { id: "b", variant_id: "v", metadata: null, unit_price: 30, is_custom_price: true }
    expect(mergeTarget([plain, custom], { variant_id: "v", metadata: { a: 2, b: 1 } })?.id).toEqual("a")
    expect(mergeTarget([plain, custom], { variant_id: "v", metadata: {}, unit_price: 30 })?.id).toEqual("b")
    expect(mergeTarget([plain, custom], { variant_id: "v", metadata: {}, unit_price: 31 })).toBeUndefined()
    expect(mergeTarget([plain, custom], { variant_id: "w" })).toBeUndefined()
  })
})

describe("a cake on sale", () => {
  const closed = { ...lemon, bakery: { ...crumb, is_active: false } }
  const unavailable = { ...lemon, cake_profile: { is_available: false } }

  it("needs an active bakery; the product's own part does not look at the bakery", () => {
    expect(() => assertCakeOnSale("var_lemon", lemon)).not.toThrow()
    expect(() => assertCakeOnSale("var_lemon", closed)).toThrow("var_lemon is not a cake on sale")
    expect(() => assertCakeOnSale("var_lemon", { ...lemon, bakery: null })).toThrow("is not a cake on sale")
    expect(() => assertCakeProductOnSale("var_lemon", closed)).not.toThrow()
    expect(() => assertCakeProductOnSale("var_lemon", { ...lemon, bakery: undefined })).not.toThrow()
  })

  it("needs a published product with an available profile, either way", () => {
    for (const check of [assertCakeOnSale, assertCakeProductOnSale]) {
      expect(() => check("var_lemon", null)).toThrow("is not a cake on sale")
      expect(() => check("var_lemon", { ...lemon, status: "draft" })).toThrow("is not a cake on sale")
      expect(() => check("var_lemon", { ...lemon, cake_profile: null })).toThrow("is not a cake on sale")
      expect(() => check("var_lemon", unavailable)).toThrow("Lemon Drizzle is not available right now")
    }
  })
})
