import { planPasswordResetEmail, planWelcomeEmail } from "../account-email"
import { planFulfillmentEmail, planOrderEmail } from "../order-email"

const urls = { storefront_url: "https://shop.example/", admin_url: "https://shop.example/app", driver_app_url: "https://drive.example" }

describe("email plans", () => {
  it("sends an order email to the order's address, keyed by template and event resource", () => {
    const plan = planOrderEmail(
      { id: "order_1", email: "jo@example.com", display_id: 7, currency_code: "gbp", items: [], customer_id: "cus_1" },
      { order_id: "order_1", template: "out-for-delivery", event: "shipment.created", key: "ful_9" }
    )
    expect(plan.notification).toEqual(
      expect.objectContaining({ to: "jo@example.com", template: "out-for-delivery", idempotency_key: "out-for-delivery:ful_9", receiver_id: "cus_1" })
    )
  })

  it("links an order email to the storefront's tracking page of the order", () => {
    const order = { id: "order_1", email: "jo@example.com", display_id: 7, currency_code: "gbp", items: [] }
    const input = { order_id: "order_1", template: "arriving-soon" as const, event: "delivery.arriving_soon", key: "order_1" }
    expect(planOrderEmail(order, { ...input, storefront_url: "https://shop.example/" }).notification?.data.tracking_url).toEqual(
      "https://shop.example/orders/order_1/track"
    )
    const previous = process.env.STOREFRONT_URL
    process.env.STOREFRONT_URL = "https://cakes.example"
    try {
      expect(planOrderEmail(order, input).notification?.data.tracking_url).toEqual("https://cakes.example/orders/order_1/track")
    } finally {
      if (previous === undefined) {
        delete process.env.STOREFRONT_URL
      } else {
        process.env.STOREFRONT_URL = previous
      }
    }
  })

  it("skips, with the reason, an order that is gone or has no email", () => {
    expect(planOrderEmail(undefined, { order_id: "order_x", template: "order-confirmation", event: "e", key: "k" }).skip).toEqual("order order_x no longer exists")
    expect(planOrderEmail({ id: "order_1", email: null }, { order_id: "order_1", template: "order-confirmation", event: "e", key: "k" }).skip).toEqual(
      "order order_1 has no email address"
    )
  })

  it("sends out-for-delivery once per shipment, and delivered once per order when its last cake arrives", () => {
    const line = (delivered: number) => ({ quantity: 1, detail: { quantity: 1, shipped_quantity: 1, delivered_quantity: delivered } })
    const order = (...items: unknown[]) => ({ id: "order_1", status: "pending", email: "jo@example.com", items })
    const input = { order_id: "order_1", fulfillment_id: "ful_1", event: "delivery.created" }

    expect(planFulfillmentEmail(order(line(0)), { ...input, template: "out-for-delivery" }).notification?.idempotency_key).toEqual(
      "out-for-delivery:ful_1"
    )
    expect(planFulfillmentEmail(order(line(1), line(0)), { ...input, template: "order-delivered" }).skip).toContain("not fully delivered")
    const last = planFulfillmentEmail(order(line(1), line(1)), { ...input, fulfillment_id: "ful_2", template: "order-delivered" })
    expect(last.notification?.idempotency_key).toEqual("order-delivered:order_1")
  })

  it("welcomes account holders only", () => {
    expect(planWelcomeEmail({ id: "cus_1", email: "a@b.c", has_account: true }, "cus_1").notification?.idempotency_key).toEqual("welcome:cus_1")
    expect(planWelcomeEmail({ id: "cus_1", email: "a@b.c", has_account: false }, "cus_1").skip).toContain("guest")
    expect(planWelcomeEmail({ id: "cus_1", email: null, has_account: true }, "cus_1").skip).toContain("no email")
  })

  it("builds the reset link from the storefront URL for shoppers, the admin URL for staff and the driver app for drivers", () => {
    const shopper = planPasswordResetEmail({ entity_id: "jo@example.com", token: "t.o.k", actor_type: "customer" }, urls)
    expect(shopper.notification?.data.reset_url).toEqual("https://shop.example/reset-password?token=t.o.k&email=jo%40example.com")
    const staff = planPasswordResetEmail({ entity_id: "staff@example.com", token: "abc", actor_type: "user" }, urls)
    expect(staff.notification?.data.reset_url).toMatch(/^https:\/\/shop\.example\/app\/reset-password\?token=abc/)
    const driver = planPasswordResetEmail({ entity_id: "van@example.com", token: "d", actor_type: "driver" }, urls)
    expect(driver.notification?.data.reset_url).toEqual("https://drive.example/reset-password?token=d&email=van%40example.com")
    expect(planPasswordResetEmail({ entity_id: "x@example.com", token: "e", actor_type: "robot" }, urls).skip).toContain("no reset page")
  })

  it("keys a reset email by its token, so each request sends once", () => {
    const a = planPasswordResetEmail({ entity_id: "jo@example.com", token: "one", actor_type: "customer" }, urls)
    const b = planPasswordResetEmail({ entity_id: "jo@example.com", token: "two", actor_type: "customer" }, urls)
    expect(a.notification?.idempotency_key).not.toEqual(b.notification?.idempotency_key)
    expect(a.notification?.idempotency_key).not.toContain("one")
  })
})
