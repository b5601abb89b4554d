import { changedBy, ORDER_DELIVERY_CHANGE_EVENTS, ordersChangedBy } from "../orders-changed-by"

describe("the orders an event changes", () => {
  it("listens to the events Medusa 2.21 emits for fulfilments, shipments, deliveries and cancellations, and SweetSpot's own", () => {
    expect([...ORDER_DELIVERY_CHANGE_EVENTS].sort()).toEqual(
      [
        "delivery.created",
        "delivery.driver_position_updated",
        "delivery.eta_updated",
        "order.canceled",
        "order.fulfillment_canceled",
        "order.fulfillment_created",
        "shipment.created",
      ].sort()
    )
  })

  it("reads each event's payload as Medusa and SweetSpot shape it", () => {
    expect(changedBy("order.fulfillment_created", { order_id: "order_1", fulfillment_id: "ful_1" })).toEqual({ order_ids: ["order_1"] })
    expect(changedBy("order.fulfillment_canceled", { order_id: "order_1", fulfillment_id: "ful_1" })).toEqual({ order_ids: ["order_1"] })
    expect(changedBy("order.canceled", { id: "order_1" })).toEqual({ order_ids: ["order_1"] })
    expect(changedBy("shipment.created", { id: "ful_1", no_notification: false })).toEqual({ fulfillment_ids: ["ful_1"] })
    expect(changedBy("delivery.created", { id: "ful_1" })).toEqual({ fulfillment_ids: ["ful_1"] })
    expect(changedBy("delivery.eta_updated", { order_id: "order_1", eta_at: "2026-12-01T10:00:00Z", source: "google" })).toEqual({
      order_ids: ["order_1"],
    })
    expect(changedBy("delivery.driver_position_updated", { order_ids: ["order_1", "order_2"] })).toEqual({ order_ids: ["order_1", "order_2"] })
  })

  it("finds nothing in a payload without ids, or in another event", () => {
    expect(changedBy("order.canceled", {})).toEqual({ order_ids: [] })
    expect(changedBy("delivery.driver_position_updated", { order_ids: "order_1" })).toEqual({ order_ids: [] })
    expect(changedBy("delivery.eta_updated", null)).toEqual({ order_ids: [] })
    expect(changedBy("order.placed", { id: "order_1" })).toEqual({ order_ids: [] })
  })

  it("looks a shipment's order up through Medusa's order-fulfillment link, and asks nothing for an order event", async () => {
    const graph = jest.fn(async () => ({ data: [{ order_id: "order_1" }] }))
    const container = { resolve: () => ({ graph }) } as any
    expect(await ordersChangedBy(container, "shipment.created", { id: "ful_1" })).toEqual(["order_1"])
    expect(graph).toHaveBeenCalledWith({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: ["ful_1"] } })
    expect(await ordersChangedBy(container, "order.canceled", { id: "order_2" })).toEqual(["order_2"])
    expect(graph).toHaveBeenCalledTimes(1)
  })
})
