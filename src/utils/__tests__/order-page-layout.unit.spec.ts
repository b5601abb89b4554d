import { readFileSync } from "node:fs"
import { join } from "node:path"
import { ORDER_CAKE_CARD_LAYOUT_KEY, ORDER_CAKE_CARD_WIDGET_ID, ORDER_PAGE_LAYOUT_ZONE, withCakeCardFirst } from "../order-page-layout"

describe("the order page's default layout", () => {
  it("puts the cake card first in the main column, before the page's own cards (order 0)", () => {
    expect(withCakeCardFirst(null)).toEqual({ widgets: { "widget:sweetspot-order-cake-details": { section: "main", order: -1 } } })
  })

  it("keeps what a default already says of other cards", () => {
    const current = { widgets: { "core:OrderPaymentSection": { hidden: true } } }
    expect(withCakeCardFirst(current)?.widgets).toEqual({ ...current.widgets, [ORDER_CAKE_CARD_LAYOUT_KEY]: { section: "main", order: -1 } })
  })

  it("leaves a default that already places the card as staff chose", () => {
    expect(withCakeCardFirst({ widgets: { [ORDER_CAKE_CARD_LAYOUT_KEY]: { section: "side", order: 3 } } })).toBeNull()
  })
})

describe("the order widget's config", () => {
  it("names the id the layout places, as the string literal the admin bundler reads", () => {
    const source = readFileSync(join(__dirname, "..", "..", "admin", "widgets", "order-cake-details.tsx"), "utf8")
    const config = source.slice(source.indexOf("defineWidgetConfig("))
    expect(config).toContain(`id: "${ORDER_CAKE_CARD_WIDGET_ID}"`)
    expect(config).toContain(`zone: "${ORDER_PAGE_LAYOUT_ZONE}"`)
  })
})
