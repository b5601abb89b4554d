import { orderEmailData } from "../../workflows/notifications/rules/order-email"
import { renderEmail } from "../render-email"

const order = {
  display_id: 7,
  currency_code: "gbp",
  subtotal: 50,
  shipping_total: 0,
  total: 50,
  items: [
    {
      product_title: "Lemon Drizzle",
      variant_title: '6"',
      quantity: 1,
      total: 50,
      cake_customization: {
        message: "Happy 9th",
        egg_version: "egg",
        toppings: [],
        shape: null,
        notes: null,
        photo: { file_id: "private-1733-cake-photo-abc.png", content_type: "image/png", size: 2048, width: 8, height: 5 },
      },
    },
    { product_title: "Carrot Cake", variant_title: null, quantity: 1, total: 0, cake_customization: { message: null, egg_version: "egg", toppings: [], photo: null } },
  ],
  bakery: { name: "Crumb & Co", timezone: "Europe/London" },
}

describe("a cake with a photo in the order emails", () => {
  it("says a photo is attached, on that cake only, and carries neither the image nor its file", async () => {
    const data = orderEmailData(order)
    expect(data.items.map((item) => item.customization?.has_photo)).toEqual([true, false])
    expect(JSON.stringify(data)).not.toContain("private-1733-cake-photo-abc.png")

    const email = await renderEmail("order-confirmation", data)
    expect(email.text).toContain("Photo: attached")
    expect(email.text.match(/Photo: attached/g)).toHaveLength(1)
    expect(email.html).not.toMatch(/<img[^>]+(data:|cake-photo)/)
    expect(email.html).not.toContain("private-1733")
  })
})
