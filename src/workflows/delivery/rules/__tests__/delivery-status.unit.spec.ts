import { deliveryStatus } from "../delivery-status"

const line = (quantity: number, shipped = 0, delivered = 0) => ({
  quantity,
  detail: { quantity, shipped_quantity: shipped, delivered_quantity: delivered },
})

describe("deliveryStatus", () => {
  it.each([
    ["no line sent yet", { status: "pending", items: [line(2)] }, "pending"],
    ["an order without lines", { status: "pending", items: [] }, "pending"],
    ["every cake on its way", { status: "pending", items: [line(2, 2)] }, "shipped"],
    ["one of two lines on its way", { status: "pending", items: [line(1, 1), line(1)] }, "shipped"],
    ["one of two lines delivered, the other not sent", { status: "pending", items: [line(1, 1, 1), line(1)] }, "shipped"],
    ["one of two cakes of a line delivered", { status: "pending", items: [line(2, 2, 1)] }, "shipped"],
    ["every line delivered", { status: "pending", items: [line(1, 1, 1), line(3, 3, 3)] }, "delivered"],
    ["delivered without a recorded shipment", { status: "pending", items: [line(1, 0, 1)] }, "delivered"],
    ["a cancelled order", { status: "canceled", items: [line(1, 1, 1)] }, "cancelled"],
  ])("reads %s as %s", (_, order, expected) => {
    expect(deliveryStatus(order)).toEqual(expected)
  })

  it("reads quantities Medusa gives as big numbers", () => {
    const big = { quantity: { value: "2", precision: 20 }, detail: { quantity: { value: "2" }, delivered_quantity: { value: "2" } } }
    expect(deliveryStatus({ status: "pending", items: [big as any] })).toEqual("delivered")
  })
})
