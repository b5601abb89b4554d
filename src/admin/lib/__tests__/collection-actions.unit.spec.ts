import { fulfillmentsToHandOver, itemsToFulfil } from "../collection-actions"

describe("collection actions", () => {
  it("fulfils what is not fulfilled yet, line by line", () => {
    const order = {
      items: [
        { id: "item_1", quantity: 2, detail: { fulfilled_quantity: 0 } },
        { id: "item_2", quantity: 3, detail: { fulfilled_quantity: { value: "1" } } },
        { id: "item_3", quantity: 1, detail: { fulfilled_quantity: 1 } },
        { id: "item_4", quantity: "1", detail: null },
        null,
      ],
    }
    expect(itemsToFulfil(order)).toEqual([
      { id: "item_1", quantity: 2 },
      { id: "item_2", quantity: 2 },
      { id: "item_4", quantity: 1 },
    ])
    expect(itemsToFulfil({ items: [] })).toEqual([])
  })

  it("reads the line's quantity from `detail` where Medusa's order answer puts it", () => {
    // GET /admin/orders/:id with items.detail.* answers the lines without their own `quantity`.
    const order = { items: [{ id: "item_1", detail: { quantity: 2, fulfilled_quantity: 0 } }] }
    expect(itemsToFulfil(order)).toEqual([{ id: "item_1", quantity: 2 }])
  })

  it("hands over the fulfillments neither delivered nor cancelled", () => {
    const order = {
      fulfillments: [
        { id: "ful_1", delivered_at: null, canceled_at: null },
        { id: "ful_2", delivered_at: "2026-12-01T10:00:00Z", canceled_at: null },
        { id: "ful_3", delivered_at: null, canceled_at: "2026-12-01T09:00:00Z" },
      ],
    }
    expect(fulfillmentsToHandOver(order)).toEqual(["ful_1"])
    expect(fulfillmentsToHandOver({})).toEqual([])
  })
})
