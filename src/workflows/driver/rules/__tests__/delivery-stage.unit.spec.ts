import { deliveryStage, preparedFulfillment, shippedFulfillment } from "../delivery-stage"

const at = "2026-12-01T10:00:00.000Z"
const prepared = { id: "ful_1" }
const shipped = { id: "ful_1", shipped_at: at }
const delivered = { id: "ful_1", shipped_at: at, delivered_at: at }
const cancelled = { id: "ful_0", canceled_at: at }
const holder = { driver_id: "drv_1" }

describe("deliveryStage", () => {
  it("reads preparing until staff create a fulfillment (a cancelled one does not count)", () => {
    expect(deliveryStage({ status: "pending", fulfillments: [] })).toEqual("preparing")
    expect(deliveryStage({ status: "pending", fulfillments: [cancelled] })).toEqual("preparing")
  })

  it("reads ready once prepared and claimed once a driver holds it", () => {
    expect(deliveryStage({ status: "pending", fulfillments: [cancelled, prepared] })).toEqual("ready")
    expect(deliveryStage({ status: "pending", fulfillments: [prepared], assignment: holder })).toEqual("claimed")
  })

  it("follows Medusa's shipment and mark-as-delivered, with or without a driver", () => {
    expect(deliveryStage({ status: "pending", fulfillments: [shipped], assignment: holder })).toEqual("out_for_delivery")
    expect(deliveryStage({ status: "pending", fulfillments: [shipped] })).toEqual("out_for_delivery")
    expect(deliveryStage({ status: "completed", fulfillments: [delivered], assignment: holder })).toEqual("delivered")
  })

  it("reads cancelled for a cancelled order whatever its fulfillments", () => {
    expect(deliveryStage({ status: "canceled", fulfillments: [prepared], assignment: holder })).toEqual("cancelled")
  })
})

describe("the fulfillment a driver acts on", () => {
  it("takes the prepared one to pick up and the shipped one to complete", () => {
    expect(preparedFulfillment([cancelled, shipped, prepared])).toBe(prepared)
    expect(preparedFulfillment([cancelled, delivered])).toBeNull()
    expect(shippedFulfillment([prepared, shipped])).toBe(shipped)
    expect(shippedFulfillment([delivered])).toBeNull()
  })
})
