import { OrderEmailData } from "../order-email-data"
import { renderEmail } from "../render-email"

const order: OrderEmailData = {
  sender: { name: "Crumb & Co", email: "hello@crumbandco.example", phone: "+44 20 7946 0001", address: "12 Redchurch Street, London" },
  customer_name: "Priya",
  display_id: 1042,
  currency_code: "gbp",
  items: [
    {
      title: "Chocolate Truffle Cake",
      variant: '8" (serves 14)',
      quantity: 1,
      total: 58,
      customization: { message: "Happy 30th Priya", egg_version: "eggless", toppings: ["Fresh berries"], shape: "Heart", notes: "Nut allergy" },
    },
    { title: "Lemon Drizzle", variant: null, quantity: 2, total: 48, customization: null },
  ],
  subtotal: 106,
  shipping_total: 5,
  total: 111,
  slot: { starts_at: "2026-12-02T11:00:00.000Z", ends_at: "2026-12-02T13:00:00.000Z" },
  timezone: "Europe/London",
  eta_at: "2026-12-02T11:42:00.000Z",
}

describe("email templates", () => {
  it("welcome greets the shopper by name", async () => {
    const email = await renderEmail("welcome", { first_name: "Jo", email: "jo@example.com" })
    expect(email.subject).toEqual("Welcome to SweetSpot")
    expect(email.text).toContain("WELCOME, JO!")
    expect(email.html).toContain("jo@example.com")
  })

  it("password reset carries the reset link", async () => {
    const reset_url = "https://shop.example/reset-password?token=abc&email=jo%40example.com"
    const email = await renderEmail("password-reset", { reset_url })
    expect(email.text).toContain(reset_url)
    expect(email.html).toContain('href="https://shop.example/reset-password?token=abc&amp;email=jo%40example.com"')
  })

  it("order confirmation lists each cake with its customisation, totals, slot and bakery", async () => {
    const email = await renderEmail("order-confirmation", order)
    expect(email.subject).toEqual("Your cake order #1042 is confirmed")
    expect(email.text).toContain("Message on the cake: “Happy 30th Priya”")
    expect(email.text).toContain("With: eggless, Heart, Fresh berries")
    expect(email.text).toContain("Notes: Nut allergy")
    expect(email.text).toContain("2 × Lemon Drizzle")
    expect(email.text).toContain("Total: £111.00")
    expect(email.text).toContain("Delivery window: Wed 2 Dec, 11:00–13:00")
    expect(email.text).toContain("Crumb & Co · +44 20 7946 0001 · hello@crumbandco.example")
  })

  it("order being prepared names the bakery and the cakes", async () => {
    const email = await renderEmail("order-preparing", order)
    expect(email.text).toContain("Crumb & Co is baking order #1042")
    expect(email.text).toContain("Happy 30th Priya")
  })

  it("out for delivery gives the ETA when known, else the window", async () => {
    expect((await renderEmail("out-for-delivery", order)).text).toContain("Expected at about 11:42")
    const noEta = await renderEmail("out-for-delivery", { ...order, eta_at: null })
    expect(noEta.text).toContain("Delivery window: Wed 2 Dec, 11:00–13:00")
  })

  it("arriving soon gives the ETA in the bakery's time", async () => {
    const summer = { ...order, eta_at: "2026-07-01T13:05:00.000Z" }
    expect((await renderEmail("arriving-soon", summer)).text).toContain("expect your cakes at about 14:05")
  })

  it("delivered and cancelled say so", async () => {
    expect((await renderEmail("order-delivered", order)).subject).toEqual("Delivered: order #1042")
    const cancelled = await renderEmail("order-cancelled", order)
    expect(cancelled.text).toContain("Crumb & Co cancelled order #1042")
    expect(cancelled.text).toContain("£111.00")
  })

  it("refuses an unknown template", async () => {
    await expect(renderEmail("birthday-card", {})).rejects.toThrow('No email template named "birthday-card"')
  })
})
