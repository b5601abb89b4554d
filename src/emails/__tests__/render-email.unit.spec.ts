import { addsUp, readMoney } from "../../../integration-tests/helpers/email-money"
import { OrderEmailData } from "../order-email-data"
import { renderEmail } from "../render-email"
import { EMAIL_TEMPLATES } from "../templates"

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
  money: { items: 106, delivery: 5, discount: 0, credit: 0, tax: 0, total: 111, tax_included: 0 },
  slot: { starts_at: "2026-12-02T11:00:00.000Z", ends_at: "2026-12-02T13:00:00.000Z" },
  timezone: "Europe/London",
  eta_at: "2026-12-02T11:42:00.000Z",
  tracking_url: "https://shop.example/orders/order_01/track",
}

/** A discounted order with tax on top: £64 cake with 10% off, two £24 cakes, £5 delivery, 20% VAT. */
const taxedOrder: OrderEmailData = {
  ...order,
  items: [
    { ...order.items[0], total: 64 },
    { ...order.items[1], total: 48 },
  ],
  money: { items: 112, delivery: 5, discount: 6.4, credit: 0, tax: 22.12, total: 132.72, tax_included: 0 },
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
    expect(email.text).toContain("Egg version: eggless")
    expect(email.text).toContain("With: Heart, Fresh berries")
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

  it("a cancelled deposit order says what was refunded and what the bakery kept", async () => {
    const refunded = await renderEmail("order-cancelled", { ...order, payments: { paid: 0, refunded: 33.3 } })
    expect(refunded.text).toContain("We refunded £33.30 to you.")
    const kept = await renderEmail("order-cancelled", { ...order, payments: { paid: 33.3, refunded: 0 } })
    expect(kept.text).toContain("No refund is due.")
    expect(kept.text).toContain("Crumb & Co kept £33.30")
  })

  it("the balance email names what is due, by when, and links to the pay page", async () => {
    const email = await renderEmail("balance-due", {
      ...order,
      balance: { due: 77.7, due_at: "2026-11-29T11:00:00.000Z", pay_url: "https://shop.example/orders/order_01/pay/pay_col_01" },
    })
    expect(email.subject).toEqual("Order #1042: £77.70 left to pay")
    expect(email.text).toContain("The balance of £77.70 is due by Sunday, 29 November 2026 at 11:00")
    expect(email.html).toContain("https://shop.example/orders/order_01/pay/pay_col_01")
  })

  it("order confirmation shows items without delivery, then delivery, and a total they add up to", async () => {
    const email = await renderEmail("order-confirmation", order)
    const money = readMoney(email.text)
    expect(money).toMatchObject({ lines: [58, 48], items: 106, delivery: 5, discount: null, tax: null, total: 111 })
    expect(addsUp(money)).toBe(true)
  })

  it("order confirmation takes the discount off and adds the tax, adding up to the total", async () => {
    const email = await renderEmail("order-confirmation", taxedOrder)
    const money = readMoney(email.text)
    expect(money).toMatchObject({ lines: [64, 48], items: 112, delivery: 5, discount: -6.4, tax: 22.12, total: 132.72 })
    expect(addsUp(money)).toBe(true)
  })

  it("prices with tax in say the tax they include without adding it", async () => {
    const inclusive = { ...order, money: { ...order.money, tax_included: 18.5 } }
    const money = readMoney((await renderEmail("order-confirmation", inclusive)).text)
    expect(money).toMatchObject({ items: 106, delivery: 5, tax: null, total: 111, tax_included: 18.5 })
    expect(addsUp(money)).toBe(true)
  })

  it("a cancelled order's money adds up to the refund it names", async () => {
    const email = await renderEmail("order-cancelled", taxedOrder)
    expect(email.text).toContain("Any payment of £132.72 is refunded")
    expect(addsUp(readMoney(email.text))).toBe(true)
  })

  it("says each cake's egg version wherever the cakes are listed", async () => {
    const withEgg = { ...order, items: [order.items[0], { ...order.items[0], title: "Victoria Sponge", customization: { ...order.items[0].customization!, egg_version: "egg" } }] }
    for (const template of ["order-confirmation", "order-preparing", "out-for-delivery", "arriving-soon", "order-cancelled", "ready-for-pickup"]) {
      const { text } = await renderEmail(template, withEgg)
      expect({ template, eggless: text.includes("Egg version: eggless"), egg: text.includes("Egg version: with egg") }).toEqual({ template, eggless: true, egg: true })
    }
  })

  it("the confirmation, out for delivery and arriving soon link to the storefront's tracking page", async () => {
    for (const template of ["order-confirmation", "out-for-delivery", "arriving-soon"]) {
      const email = await renderEmail(template, order)
      expect({ template, html: email.html.includes('href="https://shop.example/orders/order_01/track"'), text: email.text.includes(order.tracking_url!) }).toEqual({
        template,
        html: true,
        text: true,
      })
    }
  })

  describe("as mail clients get them", () => {
    const dataFor = (template: string) =>
      template === "welcome"
        ? { first_name: "Jo", email: "jo@example.com" }
        : template === "password-reset"
          ? { reset_url: "https://shop.example/reset-password?token=abc&email=jo%40example.com" }
          : { ...taxedOrder, fulfillment: template === "ready-for-pickup" || template === "order-collected" ? "pickup" : "delivery" }

    /** The words a reader sees in the HTML body: tags, comments and the hidden preview left out. */
    const visibleWords = (html: string) =>
      html
        .replace(/^[\s\S]*?<body[^>]*>/, "")
        .replace(/<!--[\s\S]*?-->/g, "")
        .replace(/<[^>]+>/g, " ")
        .replace(/&quot;/g, '"')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&#\d+;/g, "")
        .replace(/&amp;/g, "&")
        .split(/\s+/)
        .filter(Boolean)

    it.each(Object.keys(EMAIL_TEMPLATES))("%s fits 600px, has alt text on every image, a matching plain-text part and stays unclipped by Gmail", async (template) => {
      const email = await renderEmail(template, dataFor(template))
      // Width: nothing wider than the 600px mail clients show without scrolling.
      const widths = [...email.html.matchAll(/(?:max-width|width)\s*:\s*(\d+)px|width="(\d+)"/g)].map((m) => Number(m[1] ?? m[2]))
      expect(widths.filter((w) => w > 600)).toEqual([])
      expect(email.html).toMatch(/max-width:\s*\d+px/)
      // Images: every one says what it shows.
      const images = [...email.html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0])
      expect(images.filter((img) => !/\balt="[^"]+"/.test(img))).toEqual([])
      // Plain text: every word the HTML shows, every link it holds, and no markup.
      const text = email.text.toLowerCase()
      expect(visibleWords(email.html).length).toBeGreaterThan(10)
      expect(visibleWords(email.html).filter((word) => !text.includes(word.toLowerCase()))).toEqual([])
      const links = [...email.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"))
      expect(links.filter((link) => !email.text.includes(link))).toEqual([])
      expect(email.text).not.toMatch(/<\/?[a-z][^>]*>/i)
      // Gmail clips messages over 102 KB.
      expect(Buffer.byteLength(email.html, "utf8")).toBeLessThan(102 * 1024)
    })
  })

  it("refuses an unknown template", async () => {
    await expect(renderEmail("birthday-card", {})).rejects.toThrow('No email template named "birthday-card"')
  })
})
