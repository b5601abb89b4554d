import axios, { AxiosInstance } from "axios"
import type { Browser, Page } from "playwright-core"
import { hasChromium, missingPrerequisite } from "../helpers/prerequisites"
import { ADMIN, adminApi, ARTIFACTS_DIR, CHROMIUM_PATH, launchChromium, placeCakeOrder, screenshot, testDatabaseUrl } from "./admin-session"
import { fulfilOrder } from "../helpers/dispatch"
import { DEMO_CAKES } from "../../src/scripts/seed/demo-data"
import { pngImage } from "../helpers/images"

jest.setTimeout(10 * 60 * 1000)

type Server = { url: string; stop: () => Promise<void>; logs: string[] }

/**
 * The Admin dashboard as staff use it: the production build (`medusa build`, then
 * `medusa start`) driven by Debian's Chromium through playwright-core.
 */
const noChromium = missingPrerequisite(
  `Chromium (${CHROMIUM_PATH})`,
  "Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH; .ci/run installs it.",
  hasChromium(CHROMIUM_PATH)
)

;(noChromium ? describe.skip : describe)("Admin dashboard in a real browser", () => {
  let server: Server
  let browser: Browser
  let page: Page
  let api: AxiosInstance

  beforeAll(async () => {
    const { buildApp, prepareDatabase, startServer } = await import("../../scripts/lib/production-server.mjs")
    const { findFreePort } = await import("../../scripts/lib/embedded-postgres.mjs")
    const databaseUrl = testDatabaseUrl(`sweetspot_browser_${process.pid}`)
    const env = {
      // Development-like cookies: the session cookie must set over plain http://localhost.
      NODE_ENV: "test",
      MEDUSA_ADMIN_EMAIL: ADMIN.email,
      MEDUSA_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: "error",
    }
    await buildApp(env)
    await prepareDatabase(databaseUrl, env)
    server = await startServer({ databaseUrl, port: await findFreePort(), env })
    api = await adminApi(server.url)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  afterEach(async () => {
    const name = expect.getState().currentTestName?.replace(/[^a-z0-9]+/gi, "-").toLowerCase()
    if (page && name) {
      await screenshot(page, name)
    }
  })

  const open = async (path: string) => {
    await page.goto(`${server.url}/app${path}`)
  }

  it("logs in as the seeded admin", async () => {
    await open("/login")
    await page.fill('input[name="email"]', ADMIN.email)
    await page.fill('input[name="password"]', ADMIN.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/app\/orders/)
    await page.getByRole("link", { name: "Bakeries" }).first().waitFor()
  })

  it("lists and searches bakeries", async () => {
    await page.getByRole("link", { name: "Bakeries" }).first().click()
    await page.waitForURL(/\/app\/bakeries$/)
    await page.getByRole("cell", { name: "Crumb & Co" }).waitFor()
    await page.getByLabel("Search bakeries").fill("manchester")
    await page.locator('[data-bakery-handle="northern-whisk"]').waitFor()
    await page.locator('[data-bakery-handle="crumb-and-co"]').waitFor({ state: "detached" })
  })

  it("shows the API's message next to an invalid field and saves nothing", async () => {
    const before = (await api.get("/admin/bakeries")).data.count
    await open("/bakeries")
    await page.getByRole("button", { name: "Create" }).click()
    await page.fill("#name", "Half Baked")
    await page.fill("#daily_capacity", "0")
    await page.getByRole("button", { name: "Create bakery" }).click()
    const error = page.locator('[data-error-for="daily_capacity"]')
    await error.waitFor()
    await expect(error.textContent()).resolves.toMatch(/daily_capacity/)
    await expect(page.locator('[data-error-for="name"]').count()).resolves.toBe(0)
    await screenshot(page, "create-bakery-invalid-capacity")
    expect((await api.get("/admin/bakeries")).data.count).toBe(before)
    await page.keyboard.press("Escape")
  })

  it("creates a bakery from the Bakeries page, visible through the Admin API", async () => {
    await open("/bakeries")
    await page.getByRole("button", { name: "Create" }).click()
    await page.fill("#name", "Rise & Shine")
    await page.fill("#city", "Leeds")
    await page.fill("#daily_capacity", "15")
    await page.fill("#lead_time_minutes", "120")
    await page.locator('[data-weekday="1"] button[role="checkbox"]').click()
    await page.getByLabel("Monday opens").fill("08:00")
    await page.getByLabel("Monday closes").fill("16:00")
    await page.getByRole("button", { name: "Create bakery" }).click()
    await page.waitForURL(/\/app\/bakeries\/bkry_/)
    await page.getByRole("heading", { name: "Rise & Shine" }).waitFor()

    const { data } = await api.get("/admin/bakeries", { params: { q: "Rise" } })
    expect(data.bakeries).toEqual([
      expect.objectContaining({
        name: "Rise & Shine",
        handle: "rise-shine",
        city: "Leeds",
        daily_capacity: 15,
        lead_time_minutes: 120,
        is_active: true,
        opening_hours: [{ weekday: 1, opens: "08:00", closes: "16:00" }],
      }),
    ])
  })

  it("deactivates a bakery, refuses another bakery's cake and adds a new one", async () => {
    const { data } = await api.get("/admin/bakeries", { params: { q: "Rise" } })
    const bakeryId = data.bakeries[0].id
    await api.post("/admin/products", { title: "Plain Sponge", options: [{ title: "Size", values: ["6 inch"] }] })
    await open(`/bakeries/${bakeryId}`)
    await page.getByRole("button", { name: "Deactivate" }).click()
    await page.getByRole("button", { name: "Activate" }).waitFor()

    await page.getByLabel("Find a product to add").fill("Carrot")
    await page.locator("[data-candidate-id]").getByRole("button", { name: "Add" }).first().click()
    await page.getByText(/already baked by Northern Whisk/).waitFor()

    await page.getByLabel("Find a product to add").fill("Plain Sponge")
    await page.locator("[data-candidate-id]").getByRole("button", { name: "Add" }).first().click()
    await page.locator('[data-section="bakery-cakes"] [data-cake-id]').getByText("Plain Sponge").waitFor()

    const { data: after } = await api.get(`/admin/bakeries/${bakeryId}`)
    expect(after.bakery.is_active).toBe(false)
    expect(after.bakery.products.map((p: any) => p.title)).toEqual(["Plain Sponge"])
  })

  describe("collection, delivery fees, cut-off and window capacity", () => {
    let bakeryId: string

    beforeAll(async () => {
      const { data } = await api.get("/admin/bakeries", { params: { q: "Rise" } })
      bakeryId = data.bakeries[0].id
    })

    const detail = (label: string) => page.locator(`[data-detail="${label}"]`)

    it("saves them from the Edit form, visible on the page and through the Admin API", async () => {
      await open(`/bakeries/${bakeryId}`)
      await page.getByRole("button", { name: "Edit" }).click()
      await page.locator("#pickup_enabled").click()
      await page.getByRole("button", { name: "Add currency" }).click()
      await page.getByLabel("Fee 1 currency").fill("gbp")
      await page.getByLabel("Fee 1 base").fill("4.5")
      await page.getByLabel("Fee 1 per km").fill("0.8")
      await page.getByLabel("Fee 1 free over").fill("60")
      await page.getByRole("button", { name: "Add currency" }).click()
      await page.getByLabel("Fee 2 currency").fill("EUR")
      await page.getByLabel("Fee 2 base").fill("5")
      await page.getByLabel("Fee 2 per km").fill("1")
      await page.fill("#order_cutoff", "14:00")
      await page.fill("#window_capacity", "3")
      await page.getByRole("button", { name: "Save" }).click()
      await page.getByText("Bakery saved").waitFor()

      await expect(detail("Order cut-off").textContent()).resolves.toContain("14:00")
      await expect(detail("Window capacity").textContent()).resolves.toBe("3")
      await expect(detail("Collection").textContent()).resolves.toBe("Off")
      await expect(detail("Delivery fees").textContent()).resolves.toBe("GBP 4.50 + 0.80/km, free over 60.00; EUR 5.00 + 1.00/km")
      const { data } = await api.get(`/admin/bakeries/${bakeryId}`)
      expect(data.bakery).toMatchObject({ pickup_enabled: false, order_cutoff: "14:00", window_capacity: 3 })
      expect(data.bakery.delivery_fees).toEqual([
        { currency_code: "gbp", base: 4.5, per_km: 0.8, free_over: 60 },
        expect.objectContaining({ currency_code: "eur", base: 5, per_km: 1 }),
      ])
      expect(data.bakery.delivery_fees[1].free_over ?? null).toBeNull()
    })

    it("shows the API's messages next to a negative fee and a window capacity of 0, and saves nothing", async () => {
      const before = (await api.get(`/admin/bakeries/${bakeryId}`)).data.bakery
      await page.getByRole("button", { name: "Edit" }).click()
      await page.getByLabel("Fee 1 base").fill("-1")
      await page.fill("#window_capacity", "0")
      await page.getByRole("button", { name: "Save" }).click()
      const feeError = page.locator('[data-error-for="delivery_fees"]')
      await feeError.waitFor()
      await expect(feeError.textContent()).resolves.toMatch(/base/)
      await expect(page.locator('[data-error-for="window_capacity"]').textContent()).resolves.toMatch(/window_capacity/)
      await expect(page.locator('[data-error-for="order_cutoff"]').count()).resolves.toBe(0)
      await screenshot(page, "edit-bakery-negative-fee")
      expect((await api.get(`/admin/bakeries/${bakeryId}`)).data.bakery).toEqual(before)
      await page.getByRole("button", { name: "Cancel" }).click()
    })

    it("clears the cut-off and window capacity and removes a currency", async () => {
      await page.getByRole("button", { name: "Edit" }).click()
      await page.getByRole("button", { name: "Remove fee 2" }).click()
      await page.fill("#order_cutoff", "")
      await page.fill("#window_capacity", "")
      await page.locator("#pickup_enabled").click()
      await page.getByRole("button", { name: "Save" }).click()
      await detail("Order cut-off").getByText("None", { exact: true }).waitFor()
      await expect(detail("Window capacity").textContent()).resolves.toBe("Unlimited")
      await expect(detail("Collection").textContent()).resolves.toBe("Offered")

      const { data } = await api.get(`/admin/bakeries/${bakeryId}`)
      expect(data.bakery).toMatchObject({ pickup_enabled: true, order_cutoff: null, window_capacity: null })
      expect(data.bakery.delivery_fees).toEqual([{ currency_code: "gbp", base: 4.5, per_km: 0.8, free_over: 60 }])
    })
  })

  describe("a cake product", () => {
    let productId: string

    beforeAll(async () => {
      const { data } = await api.get("/admin/products", { params: { handle: "lemon-drizzle", fields: "id" } })
      productId = data.products[0].id
    })

    it("has its picture from the seed, which medusa build's output found in the source tree", async () => {
      const { data } = await api.get("/admin/products", { params: { fields: "handle,thumbnail,images.url", limit: 50 } })
      const demo = data.products.filter((p: any) => DEMO_CAKES.some((cake) => cake.handle === p.handle))
      expect(demo).toHaveLength(DEMO_CAKES.length)
      for (const product of demo) {
        expect(product.images.map((image: any) => image.url)).toEqual([product.thumbnail])
        // The local provider names port 9000 (Medusa's default backend_url); the file is this server's.
        const picture = await api.get(new URL(product.thumbnail).pathname, { responseType: "arraybuffer" })
        expect({ handle: product.handle, type: picture.headers["content-type"] }).toEqual({ handle: product.handle, type: "image/png" })
      }
    })

    it("shows the cake profile and its bakery on the product page", async () => {
      await open(`/products/${productId}`)
      const widget = page.locator('[data-widget="cake-profile"]')
      await widget.locator('[data-profile-field="flavour"]').waitFor()
      await expect(widget.locator('[data-profile-field="bakery"]').textContent()).resolves.toContain("Crumb & Co")
    })

    it("refuses a negative topping price with the API's message and keeps the profile", async () => {
      const before = (await api.get(`/admin/products/${productId}/cake-profile`)).data.cake_profile
      const widget = page.locator('[data-widget="cake-profile"]')
      await widget.getByRole("button", { name: "Edit" }).click()
      await widget.getByRole("button", { name: "Add topping" }).click()
      const index = before.toppings.length + 1
      await widget.getByLabel(`toppings ${index} name`).fill("Gold leaf")
      await widget.getByLabel(`toppings ${index} price`).fill("-2")
      await widget.getByRole("button", { name: "Save" }).click()
      await widget.locator('[data-error-for="toppings"]').waitFor()
      expect((await api.get(`/admin/products/${productId}/cake-profile`)).data.cake_profile).toEqual(before)
      await widget.getByRole("button", { name: "Cancel" }).click()
    })

    it("changes the toppings in place, visible through the Admin API", async () => {
      const widget = page.locator('[data-widget="cake-profile"]')
      await widget.getByRole("button", { name: "Edit" }).click()
      await widget.getByRole("button", { name: "Remove toppings 1" }).click()
      await widget.getByRole("button", { name: "Add topping" }).click()
      const rows = widget.locator('[data-rows="toppings"] [data-row-index]')
      const last = (await rows.count()) 
      await widget.getByLabel(`toppings ${last} name`).fill("Candied lemon")
      await widget.getByLabel(`toppings ${last} price`).fill("2.5")
      await widget.getByRole("button", { name: "Save" }).click()
      await widget.locator('[data-profile-field="toppings"]').getByText("Candied lemon").waitFor()

      const { data } = await api.get(`/admin/products/${productId}/cake-profile`)
      expect(data.cake_profile.toppings).toContainEqual({ name: "Candied lemon", price: 2.5 })
      expect(data.cake_profile.toppings).toHaveLength(last)
    })
  })

  describe("an order", () => {
    let orderId: string

    beforeAll(async () => {
      const { order } = await placeCakeOrder(server.url, api, {
        email: "ada@sweetspot.test",
        handle: "chocolate-truffle-cake",
        customize: (cake) => ({ message: "Happy birthday Ada", egg_version: "eggless", toppings: [cake.cake_profile.toppings[0].name], notes: "No nuts" }),
      })
      orderId = order.id
      await (await fulfilOrder(api, orderId)).ship()
      // The first ETA is computed by the shipment.created subscriber; the refresh route answers once it has one.
      await api.post(`/admin/orders/${orderId}/delivery/refresh`)
    })

    it("shows each cake's customisation, the slot and the ETA, and refreshes the ETA", async () => {
      await open(`/orders/${orderId}`)
      const widget = page.locator('[data-widget="order-cake-details"]')
      await widget.locator('[data-customization-field="message"]').waitFor()
      await expect(widget.locator("[data-line-item-id]").first().textContent()).resolves.toContain("1 × Chocolate Truffle Cake")
      await expect(widget.locator('[data-customization-field="message"]').textContent()).resolves.toContain("Happy birthday Ada")
      await expect(widget.locator('[data-customization-field="egg_version"]').textContent()).resolves.toBe("eggless")
      await expect(widget.locator('[data-customization-field="notes"]').textContent()).resolves.toBe("No nuts")
      await expect(widget.locator('[data-delivery="slot"]').textContent()).resolves.not.toContain("No slot booked")
      await expect(widget.locator("[data-eta-source]").getAttribute("data-eta-source")).resolves.toBe("fallback")

      const before = (await api.get(`/admin/orders/${orderId}/cake-details`)).data.estimate.computed_at
      await widget.getByRole("button", { name: "Refresh ETA" }).click()
      await page.getByText("ETA refreshed").waitFor()
      const after = (await api.get(`/admin/orders/${orderId}/cake-details`)).data.estimate.computed_at
      expect(new Date(after).getTime()).toBeGreaterThanOrEqual(new Date(before).getTime())
    })

    it("shows the card first, above Medusa's own order cards", async () => {
      const widget = page.locator('[data-widget="order-cake-details"]')
      const summary = page.getByRole("heading", { name: "Summary", exact: true })
      const json = page.getByRole("heading", { name: "JSON", exact: true })
      await summary.waitFor()
      await json.waitFor()
      const card = (await widget.boundingBox())!
      const summaryBox = (await summary.boundingBox())!
      expect(card.y + card.height).toBeLessThan(summaryBox.y)
      expect(card.y + card.height).toBeLessThan((await json.boundingBox())!.y)
      // In the main column: the card spans the summary's heading, left to right.
      expect(card.x).toBeLessThan(summaryBox.x)
      expect(card.x + card.width).toBeGreaterThan(summaryBox.x + summaryBox.width)
      await screenshot(page, "order-page-cake-card-first")
    })

    it("follows the order live: an ETA recomputed elsewhere shows without a reload", async () => {
      const widget = page.locator('[data-widget="order-cake-details"]')
      await widget.locator('[data-live="true"]').waitFor()
      // Recomputed through the Admin API, as the scheduled job or a driver's position would: not by this page.
      const { data } = await api.post(`/admin/orders/${orderId}/delivery/refresh`)
      await widget.locator(`[data-eta="${new Date(data.estimate.eta_at).toISOString()}"]`).waitFor()
      await expect(widget.locator('[data-delivery="driver"]').count()).resolves.toBe(0)
    })

    it("marks a delivered order Deliver, without the collection buttons", async () => {
      const widget = page.locator('[data-widget="order-cake-details"]')
      const kind = widget.locator("[data-fulfillment-kind]")
      await expect(kind.getAttribute("data-fulfillment-kind")).resolves.toBe("delivery")
      await expect(kind.textContent()).resolves.toBe("Deliver")
      await expect(widget.getByRole("button", { name: "Ready for collection" }).count()).resolves.toBe(0)
      await expect(widget.getByRole("button", { name: "Collected" }).count()).resolves.toBe(0)
    })

    it("counts the order in the bakery's stats and charts its cake", async () => {
      const { data } = await api.get("/admin/bakeries", { params: { q: "Crumb" } })
      await open(`/bakeries/${data.bakeries[0].id}`)
      const stats = page.locator('[data-section="bakery-stats"]')
      await stats.locator('[data-stat="orders"]').getByText("1", { exact: true }).waitFor()
      await stats.locator('[data-chart="top-cakes"] [data-bar]').first().waitFor()
      await expect(stats.locator('[data-stat="cakes_sold"]').textContent()).resolves.toContain("1")
    })

    it("closes the bakery on the order's day, lists the order as affected, and removes the closure", async () => {
      const { data: details } = await api.get(`/admin/orders/${orderId}/cake-details`)
      const { data: order } = await api.get(`/admin/orders/${orderId}`, { params: { fields: "id,display_id" } })
      const { data: bakeries } = await api.get("/admin/bakeries", { params: { q: "Crumb" } })
      const bakery = bakeries.bakeries[0]
      // The slot's calendar day where the bakery is.
      const day = new Intl.DateTimeFormat("en-CA", { timeZone: bakery.timezone }).format(new Date(details.slot.starts_at))

      await open(`/bakeries/${bakery.id}`)
      const closures = page.locator('[data-section="bakery-closures"]')
      await closures.locator('[data-state="empty"]').waitFor()
      // A range that ends before it starts is refused next to "To", and nothing is saved.
      const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86400000).toISOString().slice(0, 10)
      await closures.locator("#from").fill(day)
      await closures.locator("#to").fill(dayBefore)
      await closures.getByRole("button", { name: "Add closure" }).click()
      await expect(closures.locator('[data-error-for="to"]').textContent()).resolves.toMatch(/must not be before from/)
      expect((await api.get(`/admin/bakeries/${bakery.id}/closures`)).data.closures).toEqual([])

      await closures.locator("#to").fill("")
      await closures.locator("#reason").fill("Oven repair")
      await closures.getByRole("button", { name: "Add closure" }).click()
      const affected = closures.locator(`[data-affected-order-id="${orderId}"]`)
      await affected.waitFor()
      await expect(affected.getByRole("link").textContent()).resolves.toBe(`#${order.order.display_id}`)
      await expect(affected.getByRole("link").getAttribute("href")).resolves.toBe(`/app/orders/${orderId}`)
      await expect(closures.locator("[data-closure-id]").textContent()).resolves.toContain("Oven repair")
      await screenshot(page, "bakery-closure-affected-order")

      const { data: listed } = await api.get(`/admin/bakeries/${bakery.id}/closures`)
      expect(listed.closures).toEqual([
        expect.objectContaining({
          from: day,
          to: day,
          reason: "Oven repair",
          affected_orders: [expect.objectContaining({ id: orderId, display_id: order.order.display_id })],
        }),
      ])
      // Nothing is cancelled by itself.
      expect((await api.get(`/admin/orders/${orderId}`, { params: { fields: "status" } })).data.order.status).not.toBe("canceled")

      await closures.locator("[data-closure-id]").getByRole("button", { name: "Remove" }).click()
      await closures.locator('[data-state="empty"]').waitFor()
      expect((await api.get(`/admin/bakeries/${bakery.id}/closures`)).data.closures).toEqual([])
    })
  })

  describe("a cancelled order", () => {
    it("offers no Refresh ETA", async () => {
      const { order } = await placeCakeOrder(server.url, api, {
        email: "alan@sweetspot.test",
        handle: "lemon-drizzle",
        customize: () => ({ egg_version: "egg" }),
      })
      await api.post(`/admin/orders/${order.id}/cancel`)
      await open(`/orders/${order.id}`)
      const widget = page.locator('[data-widget="order-cake-details"]')
      await widget.locator('[data-delivery="estimate"]').waitFor()
      await widget.locator("[data-line-item-id]").first().waitFor()
      expect((await api.get(`/admin/orders/${order.id}/cake-details`)).data.status).toBe("cancelled")
      await expect(widget.getByRole("button", { name: "Refresh ETA" }).count()).resolves.toBe(0)
    })
  })

  describe("an order with a photo", () => {
    let orderId: string

    beforeAll(async () => {
      // The demo's Chocolate Truffle Cake takes a photo.
      const { order } = await placeCakeOrder(server.url, api, {
        email: "frida@sweetspot.test",
        handle: "chocolate-truffle-cake",
        customize: () => ({ message: "Print this, please" }),
        photo: pngImage(48, 32),
      })
      orderId = order.id
    })

    it("shows the shopper's photo in the order's customisation, loaded with the staff login and never from a public URL", async () => {
      await open(`/orders/${orderId}`)
      const widget = page.locator('[data-widget="order-cake-details"]')
      const photo = widget.locator("img[data-cake-photo]")
      await photo.waitFor()
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>("img[data-cake-photo]")
        return !!img && img.complete && img.naturalWidth > 0
      })
      const shown = await photo.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight, src: img.src }))
      expect(shown).toEqual({ width: 48, height: 32, src: expect.stringMatching(/^blob:/) })
      await expect(widget.locator('[data-customization-field="photo"]').textContent()).resolves.toContain("48 × 32 · PNG")
      await screenshot(page, "order-with-photo")

      const { data } = await api.get(`/admin/orders/${orderId}/cake-details`)
      const line = data.items.find((item: any) => item.customization?.photo)
      expect(line.customization.photo).toEqual(expect.objectContaining({ content_type: "image/png", width: 48, height: 32 }))
      // The file is private: under /static its id answers nothing without a platform admin's login.
      expect((await fetch(`${server.url}/static/${line.customization.photo.file_id}`)).status).toEqual(401)
    })
  })

  describe("a pickup order", () => {
    let orderId: string

    beforeAll(async () => {
      const { order } = await placeCakeOrder(server.url, api, {
        email: "grace@sweetspot.test",
        handle: "chocolate-truffle-cake",
        customize: () => ({ message: "Well done Grace", egg_version: "egg" }),
        fulfillment: "pickup",
      })
      orderId = order.id
    })

    it("marks it Collect, and staff mark it ready for collection, then collected", async () => {
      await open(`/orders/${orderId}`)
      const widget = page.locator('[data-widget="order-cake-details"]')
      const kind = widget.locator("[data-fulfillment-kind]")
      await kind.waitFor()
      await expect(kind.getAttribute("data-fulfillment-kind")).resolves.toBe("pickup")
      await expect(kind.textContent()).resolves.toBe("Collect")
      await widget.locator('[data-collection-status="pending"]').waitFor()
      await expect(widget.locator('[data-delivery="estimate"]').count()).resolves.toBe(0)

      await widget.getByRole("button", { name: "Ready for collection" }).click()
      await widget.locator('[data-collection-status="ready_for_pickup"]').waitFor()
      expect((await api.get(`/admin/orders/${orderId}/cake-details`)).data).toMatchObject({ fulfillment: "pickup", status: "ready_for_pickup" })

      await widget.getByRole("button", { name: "Collected" }).click()
      await widget.locator('[data-collection-status="collected"]').waitFor()
      expect((await api.get(`/admin/orders/${orderId}/cake-details`)).data).toMatchObject({ fulfillment: "pickup", status: "collected" })
    })
  })

  describe("a bakery's drivers and its Deliveries page", () => {
    let bakeryId: string

    beforeAll(async () => {
      const { data } = await api.get("/admin/bakeries", { params: { q: "Crumb" } })
      bakeryId = data.bakeries[0].id
    })

    const driversCard = () => page.locator('[data-section="bakery-drivers"]')
    const listedDriver = async (email: string) =>
      (await api.get(`/admin/bakeries/${bakeryId}/drivers`)).data.drivers.filter((d: any) => d.email === email)

    it("adds a driver on the bakery page, shows the API's message for a taken email, and deactivates them", async () => {
      await open(`/bakeries/${bakeryId}`)
      const card = driversCard()
      await card.locator("#driver-name").fill("Dora Van")
      await card.locator("#driver-email").fill("Dora@Vans.test")
      await card.locator("#driver-phone").fill("+44 7700 900222")
      await card.getByRole("button", { name: "Add driver" }).click()
      const row = card.locator('[data-driver-email="dora@vans.test"]')
      await row.waitFor()
      await expect(row.locator("[data-driver-login]").textContent()).resolves.toBe("Invited")
      expect(await listedDriver("dora@vans.test")).toEqual([
        expect.objectContaining({ name: "Dora Van", phone: "+44 7700 900222", is_active: true, registered: false }),
      ])

      // The same email again: the API's 422 under the email field, and nobody added.
      await card.locator("#driver-name").fill("Dora Again")
      await card.locator("#driver-email").fill("dora@vans.test")
      await card.getByRole("button", { name: "Add driver" }).click()
      await expect(card.locator('[data-error-for="driver-email"]').textContent()).resolves.toMatch(/already exists/)
      expect(await listedDriver("dora@vans.test")).toHaveLength(1)

      await row.getByRole("button", { name: "Deactivate" }).click()
      await row.locator('[data-driver-status="inactive"]').waitFor()
      expect(await listedDriver("dora@vans.test")).toEqual([expect.objectContaining({ is_active: false })])
    })

    it("shows a prepared order as ready on the Deliveries page, then claimed with the driver who claimed it", async () => {
      const { order } = await placeCakeOrder(server.url, api, { email: "dora-customer@sweetspot.test", handle: "chocolate-truffle-cake" })
      await fulfilOrder(api, order.id)
      const { data: details } = await api.get(`/admin/orders/${order.id}/cake-details`)
      const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(details.slot.starts_at))

      await open(`/bakeries/${bakeryId}`)
      await driversCard().getByRole("link", { name: "Deliveries" }).click()
      await page.waitForURL(/\/deliveries$/)
      await page.locator("#deliveries-date").fill(day)
      const ready = page.locator(`[data-stage="ready"] [data-delivery-order-id="${order.id}"]`)
      await ready.waitFor()
      await expect(ready.getByRole("link").textContent()).resolves.toBe(`#${order.display_id}`)
      await expect(ready.getByRole("link").getAttribute("href")).resolves.toBe(`/app/orders/${order.id}`)
      await expect(ready.textContent()).resolves.toContain("1 × Chocolate Truffle Cake")
      await expect(ready.locator("[data-delivery-driver]").textContent()).resolves.toBe("No driver")

      // A driver registers and claims it through the driver app's API.
      await api.post(`/admin/bakeries/${bakeryId}/drivers`, { name: "Eli Van", email: "eli@vans.test" })
      const login = { email: "eli@vans.test", password: "eli-van-pass-1" }
      const { data: registration } = await axios.post(`${server.url}/auth/driver/emailpass/register`, login)
      await axios.post(`${server.url}/drivers`, {}, { headers: { authorization: `Bearer ${registration.token}` } })
      const { data: session } = await axios.post(`${server.url}/auth/driver/emailpass`, login)
      await axios.post(`${server.url}/drivers/me/deliveries/${order.id}/claim`, {}, { headers: { authorization: `Bearer ${session.token}` } })

      await page.reload()
      const claimed = page.locator(`[data-stage="claimed"] [data-delivery-order-id="${order.id}"]`)
      await claimed.waitFor()
      await expect(claimed.locator("[data-delivery-driver]").textContent()).resolves.toBe("Eli Van")
      await expect(page.locator(`[data-stage="ready"] [data-delivery-order-id="${order.id}"]`).count()).resolves.toBe(0)
      await screenshot(page, "bakery-deliveries-claimed")
    })
  })

  describe("a bakery's bake sheet and its staff", () => {
    let bakeryId: string
    let order: any
    let day: string

    beforeAll(async () => {
      const { data } = await api.get("/admin/bakeries", { params: { q: "Crumb" } })
      bakeryId = data.bakeries[0].id
      ;({ order } = await placeCakeOrder(server.url, api, {
        email: "bea@sweetspot.test",
        handle: "chocolate-truffle-cake",
        customize: () => ({ message: "Happy birthday Bea", egg_version: "eggless" }),
      }))
      const { data: details } = await api.get(`/admin/orders/${order.id}/cake-details`)
      day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(details.slot.starts_at))
    })

    it("shows the day's bake sheet from the bakery page and prints it on A4: totals first, then the tickets, without the dashboard", async () => {
      await open(`/bakeries/${bakeryId}`)
      await page.getByRole("link", { name: "Bake sheet" }).click()
      await page.waitForURL(/\/bake-sheet$/)
      await page.locator("#bake-sheet-date").fill(day)
      const ticket = page.locator(`[data-bake-sheet-ticket="${order.display_id}"]`)
      await ticket.waitFor()
      await expect(ticket.textContent()).resolves.toContain("1 × Chocolate Truffle Cake")
      await expect(ticket.textContent()).resolves.toContain("Happy birthday Bea")
      await expect(page.locator("[data-bake-sheet-totals]").textContent()).resolves.toContain("Chocolate Truffle Cake")

      // As Chromium prints it: the printed sheet's ticket shows, the dashboard's menu and the page's controls do not.
      await page.emulateMedia({ media: "print" })
      const printed = page.locator(`[data-print-ticket="${order.display_id}"]`)
      await expect(printed.isVisible()).resolves.toBe(true)
      await expect(printed.textContent()).resolves.toContain("Happy birthday Bea")
      await expect(page.locator("[data-print-totals]").textContent()).resolves.toContain("Chocolate Truffle Cake")
      await expect(page.getByRole("link", { name: "Bakeries" }).first().isVisible()).resolves.toBe(false)
      await expect(page.locator("#bake-sheet-date").isVisible()).resolves.toBe(false)
      const pdf = await page.pdf({ format: "A4", printBackground: true })
      await page.emulateMedia({ media: "screen" })
      expect(pdf.subarray(0, 5).toString()).toEqual("%PDF-")
      // Totals on a page of their own, the tickets after them.
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []
      expect(pages.length).toBeGreaterThanOrEqual(2)
      require("fs").writeFileSync(require("path").join(ARTIFACTS_DIR, "bake-sheet.pdf"), pdf)
    })

    it("opens a bakery member's dashboard on their bakery, lists only their bakery, and shows staff the owner-only refusal in a toast", async () => {
      const email = "baker-bea@crumb.test"
      await api.post(`/admin/bakeries/${bakeryId}/members`, { email, role: "staff" })
      const { data: invited } = await api.post("/admin/invites", { email })
      const password = "baker-bea-pass-1"
      const { data: registration } = await axios.post(`${server.url}/auth/user/emailpass/register`, { email, password })
      await axios.post(
        `${server.url}/admin/invites/accept`,
        { first_name: "Bea", last_name: "Baker" },
        { params: { token: invited.invite.token }, headers: { authorization: `Bearer ${registration.token}` } }
      )

      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
      const member = await context.newPage()
      try {
        await member.goto(`${server.url}/app/login`)
        await member.fill('input[name="email"]', email)
        await member.fill('input[name="password"]', password)
        await member.click('button[type="submit"]')
        await member.waitForURL(new RegExp(`/app/bakeries/${bakeryId}$`))
        await member.getByRole("heading", { name: "Crumb & Co" }).first().waitFor()
        await member.goto(`${server.url}/app/bakeries`)
        await member.locator('[data-bakery-handle="crumb-and-co"]').waitFor()
        await expect(member.locator('[data-bakery-handle="northern-whisk"]').count()).resolves.toBe(0)
        // Staff may not change the bakery: the guard's message in the dashboard's error toast.
        const before = (await api.get(`/admin/bakeries/${bakeryId}`)).data.bakery.is_active
        await member.goto(`${server.url}/app/bakeries/${bakeryId}`)
        // The bakery's own toggle (a driver row of an earlier test has a Deactivate button too).
        await member.locator("[data-bakery-active-toggle]", { hasText: before ? /^Deactivate$/ : /^Activate$/ }).click()
        await member.getByText("Only the bakery's owner can change its details").first().waitFor()
        await screenshot(member, "bakery-member-owner-only-refused")
        expect((await api.get(`/admin/bakeries/${bakeryId}`)).data.bakery.is_active).toBe(before)
      } finally {
        await context.close()
      }
    })
  })
})
