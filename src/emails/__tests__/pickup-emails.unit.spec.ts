import { OrderEmailData } from "../order-email-data"
import { renderEmail } from "../render-email"

const order: OrderEmailData = {
  sender: { name: "Crumb & Co", email: "hello@crumbandco.example", phone: "+44 20 7946 0001", address: "12 Redchurch Street, London, E2 7DJ" },
  customer_name: "Priya",
  display_id: 1042,
  currency_code: "gbp",
  items: [{ title: "Lemon Drizzle", variant: null, quantity: 2, total: 48, customization: null }],
  money: { items: 48, delivery: 0, discount: 0, credit: 0, tax: 0, total: 48, tax_included: 0 },
  slot: { starts_at: "2026-12-02T11:00:00.000Z", ends_at: "2026-12-02T13:00:00.000Z" },
  timezone: "Europe/London",
  fulfillment: "pickup",
  opening_hours: [
    { weekday: 6, opens: "10:00", closes: "16:00" },
    { weekday: 1, opens: "08:00", closes: "18:00" },
  ],
}

describe("collection emails", () => {
  it("ready to collect gives the bakery's address, the collection window and its opening hours", async () => {
    const email = await renderEmail("ready-for-pickup", order)
    expect(email.subject).toEqual("Ready to collect: order #1042")
    expect(email.text).toContain("Collect from: 12 Redchurch Street, London, E2 7DJ")
    expect(email.text).toContain("Collection window: Wed 2 Dec, 11:00–13:00")
    expect(email.text).toMatch(/Opening hours\s+Mon 08:00–18:00\s+Sat 10:00–16:00/)
    expect(email.text).toContain("2 × Lemon Drizzle")
  })

  it("collected says so", async () => {
    const email = await renderEmail("order-collected", order)
    expect(email.subject).toEqual("Collected: order #1042")
    expect(email.text).toContain("You collected order #1042 from Crumb & Co")
  })

  it("the confirmation of a pickup order names its collection window", async () => {
    expect((await renderEmail("order-confirmation", order)).text).toContain("Collection window: Wed 2 Dec, 11:00–13:00")
    expect((await renderEmail("order-confirmation", { ...order, fulfillment: undefined })).text).toContain("Delivery window:")
  })
})
