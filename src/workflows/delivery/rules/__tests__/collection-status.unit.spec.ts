import { collectionStatus, fulfillmentKind, orderProgress } from "../collection-status"

const line = (quantity: number, fulfilled = 0, delivered = 0, shipped = 0) => ({
  quantity,
  detail: { quantity, fulfilled_quantity: fulfilled, shipped_quantity: shipped, delivered_quantity: delivered },
})
const pickup = [{ data: { fulfillment: "pickup" } }]
const delivery = [{ data: { fulfillment: "delivery" } }]

describe("fulfillmentKind", () => {
  it.each([
    ["a pickup shipping method", pickup, "pickup"],
    ["a delivery shipping method", delivery, "delivery"],
    ["a method without SweetSpot's data (another provider)", [{ data: {} }, { data: null }, null], "delivery"],
    ["no shipping method", [], "delivery"],
    ["no shipping methods loaded", undefined, "delivery"],
  ])("reads %s", (_, shipping_methods, expected) => {
    expect(fulfillmentKind({ shipping_methods: shipping_methods as any })).toEqual(expected)
  })
})

describe("collectionStatus", () => {
  it.each([
    ["nothing fulfilled", { status: "pending", items: [line(2)] }, "pending"],
    ["an order without lines", { status: "pending", items: [] }, "pending"],
    ["one of two lines ready", { status: "pending", items: [line(1, 1), line(1)] }, "pending"],
    ["one of two cakes of a line ready", { status: "pending", items: [line(2, 1)] }, "pending"],
    ["every cake fulfilled", { status: "pending", items: [line(1, 1), line(3, 3)] }, "ready_for_pickup"],
    ["one line collected, the other ready", { status: "pending", items: [line(1, 1, 1), line(1, 1)] }, "ready_for_pickup"],
    ["one line collected, the other not ready", { status: "pending", items: [line(1, 1, 1), line(1)] }, "pending"],
    ["every cake delivered", { status: "pending", items: [line(1, 1, 1), line(2, 2, 2)] }, "collected"],
    ["a shipment recorded on a collection (it plays no part)", { status: "pending", items: [line(1, 1, 0, 1)] }, "ready_for_pickup"],
    ["a cancelled order", { status: "canceled", items: [line(1, 1, 1)] }, "cancelled"],
    ["a cancelled fulfillment (Medusa takes its quantity back)", { status: "pending", items: [line(1, 0)] }, "pending"],
  ])("reads %s", (_, order, expected) => {
    expect(collectionStatus(order)).toEqual(expected)
  })

  it("reads quantities Medusa gives as big numbers", () => {
    const big = { quantity: { value: "2", precision: 20 }, detail: { quantity: { value: "2" }, fulfilled_quantity: { value: "2" } } }
    expect(collectionStatus({ status: "pending", items: [big as any] })).toEqual("ready_for_pickup")
  })
})

describe("orderProgress", () => {
  it("answers a pickup order in collection words", () => {
    expect(orderProgress({ status: "pending", items: [line(1, 1)], shipping_methods: pickup })).toEqual({
      fulfillment: "pickup",
      status: "ready_for_pickup",
    })
    expect(orderProgress({ status: "pending", items: [line(1, 1, 1)], shipping_methods: pickup })).toEqual({
      fulfillment: "pickup",
      status: "collected",
    })
  })

  it("answers a delivered order in delivery words, as before", () => {
    expect(orderProgress({ status: "pending", items: [line(1, 1)], shipping_methods: delivery })).toEqual({
      fulfillment: "delivery",
      status: "pending",
    })
    expect(orderProgress({ status: "pending", items: [line(1, 1, 0, 1)], shipping_methods: delivery })).toEqual({
      fulfillment: "delivery",
      status: "shipped",
    })
    expect(orderProgress({ status: "pending", items: [line(1, 1, 1, 1)] })).toEqual({ fulfillment: "delivery", status: "delivered" })
    expect(orderProgress({ status: "canceled", items: [line(1)], shipping_methods: pickup })).toEqual({
      fulfillment: "pickup",
      status: "cancelled",
    })
  })
})
