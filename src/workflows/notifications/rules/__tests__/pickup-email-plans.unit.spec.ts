import { planFulfillmentEmail, planOrderEmail } from "../order-email"

const line = (fulfilled: number, delivered = 0) => ({
  quantity: 1,
  detail: { quantity: 1, fulfilled_quantity: fulfilled, shipped_quantity: 0, delivered_quantity: delivered },
})
const pickupOrder = (...items: unknown[]) => ({
  id: "order_1",
  status: "pending",
  email: "jo@example.com",
  items,
  shipping_methods: [{ data: { fulfillment: "pickup" } }],
  bakery: { name: "Crumb & Co", address_1: "12 Redchurch Street", city: "London", postal_code: "E2 7DJ", timezone: "Europe/London", opening_hours: [{ weekday: 1, opens: "09:00", closes: "18:00" }] },
})
const event = { order_id: "order_1", event: "order.fulfillment_created" }

describe("a collected order's email plans", () => {
  it("sends ready-to-collect in place of being-prepared, once per order, when every cake is ready", () => {
    const ready = planOrderEmail(pickupOrder(line(1), line(1)), { ...event, template: "order-preparing", key: "ful_2" })
    expect(ready.notification).toEqual(
      expect.objectContaining({ template: "ready-for-pickup", idempotency_key: "ready-for-pickup:order_1", to: "jo@example.com" })
    )
    expect(ready.notification?.data).toEqual(
      expect.objectContaining({
        fulfillment: "pickup",
        sender: expect.objectContaining({ address: "12 Redchurch Street, London, E2 7DJ" }),
        opening_hours: [{ weekday: 1, opens: "09:00", closes: "18:00" }],
      })
    )
    expect(planOrderEmail(pickupOrder(line(1), line(0)), { ...event, template: "order-preparing", key: "ful_1" }).skip).toContain(
      "once every cake is ready"
    )
  })

  it("sends collected in place of delivered, once per order, when every cake is handed over", () => {
    const input = { order_id: "order_1", fulfillment_id: "ful_1", event: "delivery.created", template: "order-delivered" as const }
    expect(planFulfillmentEmail(pickupOrder(line(1, 1)), input).notification).toEqual(
      expect.objectContaining({ template: "order-collected", idempotency_key: "order-collected:order_1" })
    )
    expect(planFulfillmentEmail(pickupOrder(line(1, 1), line(1, 0)), input).skip).toContain("handed over")
  })

  it("sends no out-for-delivery and no arriving-soon", () => {
    const shipped = planFulfillmentEmail(pickupOrder(line(1)), { order_id: "order_1", fulfillment_id: "ful_1", event: "shipment.created", template: "out-for-delivery" })
    expect(shipped.skip).toContain("no out-for-delivery email")
    expect(planOrderEmail(pickupOrder(line(1)), { ...event, template: "arriving-soon", key: "order_1" }).skip).toContain("no arriving-soon email")
  })

  it("keeps the confirmation and cancellation emails, and a delivered order's emails, as they were", () => {
    expect(planOrderEmail(pickupOrder(line(0)), { ...event, template: "order-confirmation", key: "order_1" }).notification?.idempotency_key).toEqual(
      "order-confirmation:order_1"
    )
    const delivered = { ...pickupOrder(line(1)), shipping_methods: [{ data: { fulfillment: "delivery" } }] }
    expect(planOrderEmail(delivered, { ...event, template: "order-preparing", key: "ful_1" }).notification).toEqual(
      expect.objectContaining({ template: "order-preparing", idempotency_key: "order-preparing:ful_1" })
    )
    expect(planOrderEmail(delivered, { ...event, template: "order-preparing", key: "ful_1" }).notification?.data.fulfillment).toEqual("delivery")
  })
})
