import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AxiosInstance } from "axios"
import { seedAdminUser } from "../../src/scripts/seed/seed-admin-user"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { fulfilOrder } from "../helpers/dispatch"
import { settleWorkflows } from "../helpers/settle"
import { checkout, createCart, Fulfillment, LONDON_ADDRESS, MANCHESTER_ADDRESS, registerShopper, StoreHeaders } from "../helpers/shopper"

jest.setTimeout(240 * 1000)

type Headers = Record<string, string>

/**
 * Bakery staff: Medusa users who are members (owner or staff) of a bakery see and
 * change only their bakery's records in `/admin`, through SweetSpot's routes and
 * Medusa's alike; everything else answers 403 with a message the dashboard shows.
 * Crumb & Co has an owner and a staff member, Northern Whisk an owner; the platform
 * admin has no membership. Crumb & Co has four orders on one day (delivered,
 * collected, cancelled, and one of three cakes) and Northern Whisk one.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let f: {
      admin: Headers
      ownerA: Headers
      staffA: Headers
      ownerB: Headers
      ids: { ownerA: string; staffA: string; ownerB: string }
      bakeryA: string
      bakeryB: string
      date: string
      orders: { delivered: any; collected: any; cancelled: any; multi: any; other: any }
      customers: { a: string; b: string }
      productA: string
      productB: string
    }

    const as = (headers: Headers) => ({ headers, validateStatus: () => true })
    const get = (url: string, headers: Headers) => api.get(url, as(headers))
    const post = (url: string, body: unknown, headers: Headers) => api.post(url, body, as(headers))
    const del = (url: string, headers: Headers) => api.delete(url, as(headers))

    async function logIn(email: string) {
      await seedAdminUser(getContainer(), email, "staff-password-1")
      const { data } = await api.post("/auth/user/emailpass", { email, password: "staff-password-1" })
      const [user] = await getContainer().resolve(Modules.USER).listUsers({ email })
      return { headers: { authorization: `Bearer ${data.token}` }, id: user.id as string }
    }

    /** An available window of the bakery on the given day. */
    async function slotOn(store: StoreHeaders, bakeryId: string, date: string, cartId: string) {
      const { data } = await api.get(`/store/bakeries/${bakeryId}/delivery-slots?date=${date}&cart_id=${cartId}`, { headers: store })
      const slot = data.slots.find((s: any) => s.available)
      if (!slot) throw new Error(`No window left on ${date}`)
      return slot.starts_at as string
    }

    /** A registered shopper's order of cakes (handle, quantity, customisation) on a day. */
    async function order(
      api: AxiosInstance,
      shop: Awaited<ReturnType<typeof seedDemoShop>>,
      shopper: StoreHeaders,
      email: string,
      bakeryId: string,
      date: string,
      cakes: { handle: string; quantity?: number; customization?: Record<string, unknown> }[],
      fulfillment: Fulfillment,
      address = LONDON_ADDRESS
    ) {
      const cart = await createCart(api, shopper, shop.regionId)
      for (const cake of cakes) {
        const { data } = await api.get(`/store/cakes/${shop.productIdsByHandle[cake.handle]}?region_id=${shop.regionId}`, { headers: shop.storeHeaders })
        await api.post(
          `/store/carts/${cart.id}/cakes`,
          { variant_id: data.cake.variants[0].id, quantity: cake.quantity ?? 1, customization: cake.customization ?? {} },
          { headers: shopper }
        )
      }
      await api.post(`/store/carts/${cart.id}/delivery-slot`, { starts_at: await slotOn(shopper, bakeryId, date, cart.id) }, { headers: shopper })
      return checkout(api, shopper, cart.id, email, address, fulfillment)
    }

    beforeAll(async () => {
      const container = getContainer()
      const shop = await seedDemoShop(container)
      const admin = await adminHeaders(api, container)
      const bakeryA = shop.bakeryIdsByHandle["crumb-and-co"]
      const bakeryB = shop.bakeryIdsByHandle["northern-whisk"]
      const [ownerA, staffA, ownerB] = await Promise.all(["owner-a@crumb.test", "staff-a@crumb.test", "owner-b@whisk.test"].map(logIn))
      for (const [bakery, user, role] of [
        [bakeryA, ownerA, "owner"],
        [bakeryA, staffA, "staff"],
        [bakeryB, ownerB, "owner"],
      ] as const) {
        const { status } = await post(`/admin/bakeries/${bakery}/members`, { user_id: user.id, role }, admin)
        expect(status).toEqual(200)
      }

      // A day both bakeries take orders on, two days ahead (Northern Whisk bakes the day before).
      let date = new Date(Date.now() + 2 * 86400000)
      while (date.getUTCDay() === 1) date = new Date(date.getTime() + 86400000)
      const day = date.toISOString().slice(0, 10)
      const jo = await registerShopper(api, shop.storeHeaders, "jo@staff.test")
      const sam = await registerShopper(api, shop.storeHeaders, "sam@staff.test")
      const delivered = await order(api, shop, jo, "jo@staff.test", bakeryA, day, [{ handle: "chocolate-truffle-cake", customization: { message: "Happy 40th Jo", egg_version: "eggless" } }], "delivery")
      const collected = await order(api, shop, jo, "jo@staff.test", bakeryA, day, [{ handle: "victoria-sponge", customization: { message: "Collected" } }], "pickup")
      const cancelled = await order(api, shop, jo, "jo@staff.test", bakeryA, day, [{ handle: "red-velvet-celebration", customization: { message: "Never baked" } }], "delivery")
      const multi = await order(
        api,
        shop,
        jo,
        "jo@staff.test",
        bakeryA,
        day,
        [
          { handle: "lemon-drizzle", quantity: 2, customization: { message: "=HYPERLINK(\"http://evil\")", shape: "Round", notes: "Ring the bell twice" } },
          { handle: "chocolate-truffle-cake", customization: { message: "Well done, Sam", egg_version: "eggless" } },
        ],
        "delivery"
      )
      const other = await order(api, shop, sam, "sam@staff.test", bakeryB, day, [{ handle: "carrot-walnut", customization: { message: "Northern only" } }], "delivery", MANCHESTER_ADDRESS)

      // Staff of Crumb & Co hand over and deliver through Medusa's own routes; a platform admin cancels one.
      const sent = await fulfilOrder(api, delivered.id, { headers: ownerA.headers })
      await sent.ship()
      await sent.deliver()
      const handed = await fulfilOrder(api, collected.id, { headers: staffA.headers })
      await handed.deliver()
      await api.post(`/admin/orders/${cancelled.id}/cancel`, {}, { headers: admin })

      const { data: placed } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: [delivered.id, other.id] } })
      const customerOf = (id: string) => placed.find((o: any) => o.id === id)!.customer_id as string
      f = {
        admin,
        ownerA: ownerA.headers,
        staffA: staffA.headers,
        ownerB: ownerB.headers,
        ids: { ownerA: ownerA.id, staffA: staffA.id, ownerB: ownerB.id },
        bakeryA,
        bakeryB,
        date: day,
        orders: { delivered, collected, cancelled, multi, other },
        customers: { a: customerOf(delivered.id), b: customerOf(other.id) },
        productA: shop.productIdsByHandle["lemon-drizzle"],
        productB: shop.productIdsByHandle["carrot-walnut"],
      }
      await settleWorkflows(utils, getContainer())
    })

    it("lists a bakery's members; only a platform admin or the bakery's owner adds and removes them", async () => {
      const { data } = await get(`/admin/bakeries/${f.bakeryA}/members`, f.staffA)
      expect(data.members.map((m: any) => [m.email, m.role])).toEqual([
        ["owner-a@crumb.test", "owner"],
        ["staff-a@crumb.test", "staff"],
      ])
      const added = await post(`/admin/bakeries/${f.bakeryA}/members`, { email: "New.Baker@Crumb.test", role: "staff" }, f.ownerA)
      expect(added.status).toEqual(200)
      expect(added.data.member).toEqual(expect.objectContaining({ email: "new.baker@crumb.test", user_id: null, role: "staff" }))
      expect((await post(`/admin/bakeries/${f.bakeryA}/members`, { email: "new.baker@crumb.test", role: "owner" }, f.admin)).status).toEqual(422)
      // Staff may not, another bakery's owner cannot even see it, nobody answers both or neither.
      const refused = await post(`/admin/bakeries/${f.bakeryA}/members`, { email: "x@crumb.test", role: "staff" }, f.staffA)
      expect(refused.status).toEqual(403)
      expect(refused.data.message).toMatch(/owner/)
      expect((await post(`/admin/bakeries/${f.bakeryA}/members`, { email: "x@crumb.test", role: "staff" }, f.ownerB)).status).toEqual(404)
      expect((await get(`/admin/bakeries/${f.bakeryA}/members`, f.ownerB)).status).toEqual(404)
      expect((await post(`/admin/bakeries/${f.bakeryA}/members`, { role: "staff" }, f.admin)).status).toEqual(400)
      expect((await post(`/admin/bakeries/${f.bakeryA}/members`, { email: "y@crumb.test", user_id: f.ids.ownerB, role: "staff" }, f.admin)).status).toEqual(400)
      // An owner cannot make the platform admin bakery staff.
      const [platform] = await getContainer().resolve(Modules.USER).listUsers({ email: "staff@sweetspot.test" })
      expect((await post(`/admin/bakeries/${f.bakeryA}/members`, { user_id: platform.id, role: "staff" }, f.ownerA)).status).toEqual(403)

      expect((await del(`/admin/bakeries/${f.bakeryA}/members/${f.ids.staffA}`, f.staffA)).status).toEqual(403)
      expect((await del(`/admin/bakeries/${f.bakeryA}/members/${f.ids.staffA}`, f.ownerB)).status).toEqual(404)
      const removed = await del(`/admin/bakeries/${f.bakeryA}/members/${f.ids.staffA}`, f.ownerA)
      expect(removed.data).toEqual({ id: expect.any(String), object: "bakery_member", deleted: true })
      // Without a membership left, the former member sees nothing: never everything.
      const orders = await get("/admin/orders", f.staffA)
      expect({ status: orders.status, count: orders.data.count }).toEqual({ status: 200, count: 0 })
      expect((await get("/admin/regions", f.staffA)).status).toEqual(403)
      expect((await get(`/admin/orders/${f.orders.delivered.id}`, f.staffA)).status).toEqual(404)
    })

    it("binds a membership kept for an email to the user who accepts a Medusa invite for it", async () => {
      await post(`/admin/bakeries/${f.bakeryA}/members`, { email: "invited@crumb.test", role: "staff" }, f.admin)
      const { data: invited } = await post("/admin/invites", { email: "invited@crumb.test" }, f.admin)
      const [invite] = await getContainer().resolve(Modules.USER).listInvites({ id: invited.invite.id }, { select: ["token"] })
      const { data: registered } = await api.post("/auth/user/emailpass/register", { email: "invited@crumb.test", password: "invited-password-1" })
      const accepted = await post(`/admin/invites/accept?token=${invite.token}`, { first_name: "In", last_name: "Vited" }, { authorization: `Bearer ${registered.token}` })
      expect(accepted.status).toEqual(200)
      const { data: login } = await api.post("/auth/user/emailpass", { email: "invited@crumb.test", password: "invited-password-1" })
      const invitee = { authorization: `Bearer ${login.token}` }
      // Their very first request is already scoped to the bakery, whenever the user.created subscriber runs.
      const { data: orders } = await get("/admin/orders?fields=id", invitee)
      expect(orders.orders.map((o: any) => o.id).sort()).toEqual(
        [f.orders.delivered.id, f.orders.collected.id, f.orders.cancelled.id, f.orders.multi.id].sort()
      )
      expect((await get("/admin/users", invitee)).status).toEqual(403)
      const { data } = await get(`/admin/bakeries/${f.bakeryA}/members`, f.admin)
      expect(data.members.find((m: any) => m.email === "invited@crumb.test").user_id).toEqual(accepted.data.user.id)
    })

    it("shows a member their bakery's orders only, with the count and paging of that list, and 404 on every route of another bakery's order", async () => {
      const mine = [f.orders.delivered.id, f.orders.collected.id, f.orders.cancelled.id, f.orders.multi.id].sort()
      const { data: page } = await get("/admin/orders?fields=id&limit=3&offset=0", f.staffA)
      expect({ count: page.count, length: page.orders.length }).toEqual({ count: 4, length: 3 })
      const { data: rest } = await get("/admin/orders?fields=id&limit=3&offset=3", f.staffA)
      expect([...page.orders, ...rest.orders].map((o: any) => o.id).sort()).toEqual(mine)
      const { data: theirs } = await get("/admin/orders?fields=id", f.ownerB)
      expect(theirs.orders.map((o: any) => o.id)).toEqual([f.orders.other.id])
      const { data: everything } = await get("/admin/orders?fields=id", f.admin)
      expect(everything.count).toEqual(5)
      // Asking for another bakery's order by id lists nothing.
      expect((await get(`/admin/orders?fields=id&id=${f.orders.other.id}`, f.staffA)).data.count).toEqual(0)

      const other = f.orders.other.id
      for (const [method, url, body] of [
        ["get", `/admin/orders/${other}`],
        ["get", `/admin/orders/${other}/preview`],
        ["get", `/admin/orders/${other}/changes`],
        ["get", `/admin/orders/${other}/cake-details`],
        ["post", `/admin/orders/${other}/fulfillments`, { items: [] }],
        ["post", `/admin/orders/${other}/fulfillments/ful_1/shipments`, { items: [] }],
        ["post", `/admin/orders/${other}/cancel`, {}],
        ["post", `/admin/orders/${other}/cancel-with-refund`, { refund: "full" }],
        ["post", `/admin/orders/${other}/delivery/refresh`, {}],
        ["post", "/admin/order-edits", { order_id: other }],
        ["post", `/admin/order-edits/${other}/items`, { items: [] }],
      ] as const) {
        const response = method === "get" ? await get(url, f.staffA) : await post(url, body, f.staffA)
        expect({ url, status: response.status, type: response.data.type }).toEqual({ url, status: 404, type: "not_found" })
      }
      expect((await get(`/admin/orders/${f.orders.multi.id}`, f.staffA)).status).toEqual(200)
      // Cash at collection (Medusa's mark-as-paid) on their own order's payment collection only.
      const { data: withCollections } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "payment_collections.id"], filters: { id: [other, f.orders.multi.id] } })
      const collectionOf = (id: string) => withCollections.find((o: any) => o.id === id)!.payment_collections![0]!.id
      const theirsPaid = await post(`/admin/payment-collections/${collectionOf(other)}/mark-as-paid`, { order_id: other }, f.staffA)
      expect({ status: theirsPaid.status, type: theirsPaid.data.type }).toEqual({ status: 404, type: "not_found" })
      const ownPaid = await post(`/admin/payment-collections/${collectionOf(f.orders.multi.id)}/mark-as-paid`, { order_id: f.orders.multi.id }, f.staffA)
      expect([403, 404]).not.toContain(ownPaid.status)
      // Their order's customer is theirs to read, not the customer's orders from other bakeries.
      const through = await get(`/admin/orders/${f.orders.multi.id}?fields=id,customer.orders.id`, f.staffA)
      expect({ status: through.status, message: through.data.message }).toEqual({ status: 400, message: expect.stringMatching(/customer\.orders\.id is not available to bakery staff/) })
      expect((await get(`/admin/customers/${f.customers.a}?fields=*orders`, f.staffA)).status).toEqual(400)
      // Nor, through the shared records the dashboard reads, every bakery's orders, shoppers and members.
      for (const url of [
        "/admin/shipping-profiles?fields=shipping_options.fulfillments.order.email",
        "/admin/product-categories?fields=products.variants.cart_items.cart.email",
        "/admin/product-categories?fields=products.bakery.members.email",
        `/admin/orders/${f.orders.multi.id}?fields=items.variant.product.shipping_profile.shipping_options.fulfillments.order.email`,
      ]) {
        const answer = await get(url, f.staffA)
        expect({ url, status: answer.status, message: answer.data.message }).toEqual({ url, status: 400, message: expect.stringMatching(/is not available to bakery staff/) })
      }
      expect((await get("/admin/shipping-profiles?fields=shipping_options.fulfillments.order.email", f.admin)).status).toEqual(200)
      expect((await get(`/admin/orders/${other}`, f.admin)).status).toEqual(200)
      // Medusa's transfer, credit lines and payments are a platform admin's.
      expect((await post(`/admin/orders/${f.orders.multi.id}/transfer`, { customer_id: f.customers.b }, f.ownerA)).status).toEqual(403)
    })

    it("shows a member their bakery's cakes only, and a cake they create is their bakery's", async () => {
      const { data } = await get("/admin/products?fields=id&limit=50", f.ownerA)
      const { data: bakery } = await get(`/admin/bakeries/${f.bakeryA}?fields=id,products.id`, f.admin)
      expect(data.products.map((p: any) => p.id).sort()).toEqual(bakery.bakery.products.map((p: any) => p.id).sort())
      expect(data.count).toEqual(bakery.bakery.products.length)
      for (const [method, url, body] of [
        ["get", `/admin/products/${f.productB}`],
        ["post", `/admin/products/${f.productB}`, { title: "Stolen" }],
        ["get", `/admin/products/${f.productB}/variants`],
        ["post", `/admin/products/${f.productB}/variants/batch`, {}],
        ["get", `/admin/products/${f.productB}/cake-profile`],
        ["delete", `/admin/products/${f.productB}`],
      ] as const) {
        const response = method === "get" ? await get(url, f.staffA) : method === "post" ? await post(url, body, f.staffA) : await del(url, f.staffA)
        expect({ url, status: response.status }).toEqual({ url, status: 404 })
      }
      expect((await post(`/admin/products/${f.productA}`, { subtitle: "Now with more lemon" }, f.staffA)).status).toEqual(200)
      expect((await get("/admin/product-variants", f.staffA)).status).toEqual(403)

      const created = await post("/admin/products", { title: "Staff Special", options: [{ title: "Size", values: ["6 inch"] }] }, f.staffA)
      expect(created.status).toEqual(200)
      const { data: after } = await get(`/admin/bakeries/${f.bakeryA}?fields=id,products.id`, f.admin)
      expect(after.bakery.products.map((p: any) => p.id)).toContain(created.data.product.id)
      expect((await get(`/admin/products/${created.data.product.id}`, f.staffA)).status).toEqual(200)
      expect((await get(`/admin/products/${created.data.product.id}`, f.ownerB)).status).toEqual(404)
      expect((await post("/admin/products", { title: "Elsewhere", additional_data: { bakery_id: f.bakeryB } }, f.staffA)).status).toEqual(404)

      // The owner attaches only their own cakes: another bakery's, or a platform admin's cake of no bakery, is a missing one.
      const { data: unclaimed } = await post("/admin/products", { title: "The platform's own", options: [{ title: "Size", values: ["6 inch"] }] }, f.admin)
      for (const productId of [f.productB, unclaimed.product.id, "prod_missing"]) {
        const claimed = await post(`/admin/bakeries/${f.bakeryA}/cakes`, { add: [productId] }, f.ownerA)
        expect({ status: claimed.status, message: claimed.data.message }).toEqual({ status: 404, message: `Product ${productId} was not found` })
      }
      const { data: still } = await get(`/admin/bakeries/${f.bakeryA}?fields=id,products.id`, f.admin)
      expect(still.bakery.products.map((p: any) => p.id)).not.toContain(unclaimed.product.id)
      expect((await post(`/admin/bakeries/${f.bakeryA}/cakes`, { add: [f.productA] }, f.ownerA)).status).toEqual(200)
      expect((await post(`/admin/bakeries/${f.bakeryA}/cakes`, { add: [unclaimed.product.id] }, f.admin)).status).toEqual(200)
    })

    it("lets a member read the customers who ordered from them, and nothing more", async () => {
      const { data } = await get("/admin/customers?fields=id", f.staffA)
      expect(data.customers.map((c: any) => c.id)).toEqual([f.customers.a])
      expect(data.count).toEqual(1)
      expect((await get(`/admin/customers/${f.customers.a}`, f.staffA)).status).toEqual(200)
      expect((await get(`/admin/customers/${f.customers.b}`, f.staffA)).status).toEqual(404)
      expect((await post(`/admin/customers/${f.customers.a}`, { first_name: "Changed" }, f.staffA)).status).toEqual(403)
      expect((await post("/admin/customers", { email: "new@staff.test" }, f.staffA)).status).toEqual(403)
    })

    it("refuses members everything else with a 403 the dashboard can show, while the dashboard's own start-up reads work", async () => {
      for (const url of [
        "/admin/regions",
        "/admin/sales-channels",
        "/admin/api-keys",
        "/admin/users",
        "/admin/invites",
        "/admin/promotions",
        "/admin/price-lists",
        "/admin/stock-locations",
        "/admin/payments",
        "/admin/tax-regions",
        "/admin/workflows-executions",
        "/admin/notifications",
      ]) {
        const response = await get(url, f.staffA)
        expect({ url, status: response.status, type: response.data.type }).toEqual({ url, status: 403, type: "forbidden" })
        expect(response.data.message).toMatch(/^Bakery staff can't see .+ here\. Ask a platform admin\.$/)
        expect((await get(url, f.admin)).status).toEqual(200)
      }
      expect((await get("/admin/regions", f.staffA)).data.message).toEqual("Bakery staff can't see regions here. Ask a platform admin.")
      expect((await post("/admin/regions", { name: "Mine", currency_code: "gbp" }, f.ownerA)).data.message).toEqual(
        "Bakery staff can't manage regions here. Ask a platform admin."
      )
      for (const url of ["/admin/users/me", "/admin/stores", "/admin/feature-flags"]) {
        expect({ url, status: (await get(url, f.staffA)).status }).toEqual({ url, status: 200 })
      }
    })

    it("scopes SweetSpot's bakery routes: their bakeries only, and only an owner changes one", async () => {
      const { data } = await get("/admin/bakeries", f.staffA)
      expect({ ids: data.bakeries.map((b: any) => b.id), count: data.count }).toEqual({ ids: [f.bakeryA], count: 1 })
      expect((await get("/admin/bakeries", f.admin)).data.count).toEqual(2)
      expect((await get(`/admin/bakeries/${f.bakeryB}`, f.staffA)).status).toEqual(404)
      expect((await get(`/admin/bakeries/${f.bakeryB}/stats`, f.ownerA)).status).toEqual(404)
      expect((await post(`/admin/bakeries/${f.bakeryB}`, { description: "Mine now" }, f.ownerA)).status).toEqual(404)
      expect((await post("/admin/bakeries", { name: "My Own" }, f.ownerA)).status).toEqual(403)
      for (const [url, body] of [
        [`/admin/bakeries/${f.bakeryA}`, { description: "Staff edit" }],
        [`/admin/bakeries/${f.bakeryA}/closures`, { from: "2099-12-25" }],
        [`/admin/bakeries/${f.bakeryA}/drivers`, { name: "Van", email: "van@crumb.test" }],
      ] as const) {
        expect({ url, status: (await post(url, body, f.staffA)).status }).toEqual({ url, status: 403 })
        expect({ url, status: (await post(url, body, f.ownerA)).status }).toEqual({ url, status: 200 })
      }
      expect((await get(`/admin/bakeries/${f.bakeryA}/closures`, f.staffA)).status).toEqual(200)
      expect((await del(`/admin/bakeries/${f.bakeryA}`, f.ownerA)).status).toEqual(403)
    })

    it("answers the day's bake sheet: totals to bake and one ticket per order that is not cancelled, soonest window first", async () => {
      const { data, status } = await get(`/admin/bakeries/${f.bakeryA}/bake-sheet?date=${f.date}`, f.staffA)
      expect(status).toEqual(200)
      const sheet = data.bake_sheet
      expect({ bakery_id: sheet.bakery_id, date: sheet.date }).toEqual({ bakery_id: f.bakeryA, date: f.date })
      const ids = sheet.tickets.map((t: any) => t.order_id)
      expect(ids.sort()).toEqual([f.orders.delivered.id, f.orders.collected.id, f.orders.multi.id].sort())
      const starts = sheet.tickets.map((t: any) => new Date(t.slot.starts_at).getTime())
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
      const multi = sheet.tickets.find((t: any) => t.order_id === f.orders.multi.id)
      expect(multi).toEqual(
        expect.objectContaining({
          display_id: f.orders.multi.display_id,
          fulfillment: "delivery",
          customer: { first_name: LONDON_ADDRESS.first_name, last_name: LONDON_ADDRESS.last_name, phone: LONDON_ADDRESS.phone ?? null },
          notes: "Ring the bell twice",
        })
      )
      expect(multi.items).toHaveLength(2)
      expect(multi.items.find((i: any) => i.quantity === 2).customization).toEqual(
        expect.objectContaining({ shape: "Round", message: "=HYPERLINK(\"http://evil\")" })
      )
      expect(sheet.tickets.find((t: any) => t.order_id === f.orders.collected.id).fulfillment).toEqual("pickup")
      // Totals: the cancelled red velvet is not there; the two eggless chocolate cakes add up.
      const total = (title: string) => sheet.totals.filter((t: any) => t.title === title)
      expect(total("Red Velvet Celebration")).toEqual([])
      expect(sheet.totals.find((t: any) => t.title === "Chocolate Truffle Cake")).toEqual(expect.objectContaining({ egg_version: "eggless", quantity: 2 }))
      expect(total("Lemon Drizzle")).toEqual([expect.objectContaining({ shape: "Round", quantity: 2 })])
      const cakes = sheet.tickets.flatMap((t: any) => t.items).reduce((sum: number, i: any) => sum + i.quantity, 0)
      expect(sheet.totals.reduce((sum: number, t: any) => sum + t.quantity, 0)).toEqual(cakes)
      expect(cakes).toEqual(5)

      const csv = await get(`/admin/bakeries/${f.bakeryA}/bake-sheet?date=${f.date}&format=csv`, f.staffA)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      const lines = String(csv.data).trim().split("\r\n")
      expect(lines).toHaveLength(1 + 4)
      expect(lines[0]).toMatch(/^display_id,window_starts_at/)
      expect(csv.data).toContain(`"'=HYPERLINK(""http://evil"")"`)
      expect(csv.data).not.toMatch(/,=HYPERLINK/)

      expect((await get(`/admin/bakeries/${f.bakeryB}/bake-sheet?date=${f.date}`, f.staffA)).status).toEqual(404)
      expect((await get(`/admin/bakeries/${f.bakeryA}/bake-sheet?date=tomorrow`, f.admin)).status).toEqual(400)
      const { data: theirs } = await get(`/admin/bakeries/${f.bakeryB}/bake-sheet?date=${f.date}`, f.ownerB)
      expect(theirs.bake_sheet.tickets.map((t: any) => t.order_id)).toEqual([f.orders.other.id])
    })

    it("exports orders for a platform admin, who is told in the dashboard's feed where the file is; the file is not public and members cannot export", async () => {
      expect((await post("/admin/orders/export", {}, f.ownerA)).status).toEqual(403)
      const { status } = await post("/admin/orders/export", {}, f.admin)
      expect(status).toEqual(202)
      await utils.waitWorkflowExecutions()
      const { data } = await get("/admin/notifications?channel=feed", f.admin)
      const exported = data.notifications.find((n: any) => n.data?.title === "Order export")
      expect(exported.data).toEqual(
        expect.objectContaining({ description: "Order export completed successfully!", file: expect.objectContaining({ mimeType: "text/csv" }) })
      )
      // Written to the private folder, which Medusa's static server does not serve: the link answers
      // the file to a logged-in platform admin only (the dashboard's session), 404 to staff, 401 to no one.
      const path = new URL(exported.data.file.url, "http://localhost").pathname
      expect(path).toMatch(/^\/static\/private-/)
      const download = await get(path, f.admin)
      expect([download.status, download.headers["content-type"], download.headers["cache-control"]]).toEqual([200, "text/csv; charset=utf-8", "private, no-store"])
      expect(String(download.data)).toContain(String(f.orders.other.display_id))
      expect((await get(path, f.ownerA)).status).toEqual(404)
      expect((await api.get(path, { validateStatus: () => true })).status).toEqual(401)
      expect((await get("/static/private-1-nothing.csv", f.admin)).status).toEqual(404)
      expect((await get("/static/..%2F..%2Fpackage.json", f.admin)).status).toEqual(404)
      const files = getContainer().resolve(Modules.FILE)
      const [key] = exported.data.file.url.split("/").slice(-1)
      const contents = await files.getAsBuffer(key)
      expect(contents.toString()).toContain(String(f.orders.other.display_id))
    })

    describe("another bakery's variants, images, stock and order lines named under a member's own cake or order", () => {
      type Cake = { id: string; variants: string[]; image: string; stock: string[] }
      const graph = (entity: string, fields: string[], filters: Record<string, unknown>) =>
        getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters })
      const size = (inches: number, extra: Record<string, unknown> = {}) => ({
        title: `${inches} inch`,
        options: { Size: `${inches} inch` },
        manage_inventory: true,
        prices: [{ currency_code: "gbp", amount: 20 + inches }],
        ...extra,
      })
      /** A stocked cake with a picture, of the member's bakery: one variant (and inventory item) per size. */
      async function stockedCake(headers: Headers, title: string): Promise<Cake> {
        const sizes = ["6 inch", "8 inch", "10 inch", "12 inch"]
        const body = { title, options: [{ title: "Size", values: sizes }], variants: [size(6), size(8)], images: [{ url: `https://cdn.test/${title}.jpg` }] }
        const { status, data } = await post("/admin/products", body, headers)
        expect(status).toEqual(200)
        const { data: [cake] } = await graph("product", ["id", "images.id", "variants.id", "variants.title", "variants.inventory_items.inventory_item_id"], { id: data.product.id })
        const variants = [...cake.variants!].sort((x: any, y: any) => x.title.localeCompare(y.title, "en", { numeric: true }))
        return {
          id: cake.id,
          variants: variants.map((v: any) => v.id),
          image: cake.images![0]!.id,
          stock: variants.map((v: any) => v.inventory_items[0].inventory_item_id),
        }
      }
      const variantOf = async (id: string) => (await graph("variant", ["id", "title", "product_id", "inventory_items.inventory_item_id"], { id })).data[0] as any
      const variantsShowing = async (image: string) => (await graph("product_image", ["variants.id"], { id: image })).data[0].variants.map((v: any) => v.id)
      const notFound = (response: { status: number; data: any }) => ({ status: response.status, type: response.data.type })
      const NOT_FOUND = { status: 404, type: "not_found" }

      let a: Cake
      let b: Cake
      // After the runner's restore of the database before each test.
      beforeEach(async () => {
        a = await stockedCake(f.ownerA, "crumb-stocked")
        b = await stockedCake(f.ownerB, "whisk-stocked")
        // Northern Whisk's 6 inch shows its picture.
        expect((await post(`/admin/products/${b.id}/variants/${b.variants[0]}/images/batch`, { add: [b.image] }, f.ownerB)).status).toEqual(200)
      })

      it("answers another bakery's variant as a missing one on every variant route of a member's cake, and it stays as it was", async () => {
        const missing = await get(`/admin/products/${a.id}/variants/variant_missing`, f.ownerA)
        expect({ ...notFound(missing), message: missing.data.message }).toEqual({ ...NOT_FOUND, message: "Variant variant_missing was not found" })
        const theirs = await get(`/admin/products/${a.id}/variants/${b.variants[0]}`, f.ownerA)
        expect({ ...notFound(theirs), message: theirs.data.message }).toEqual({ ...NOT_FOUND, message: `Variant ${b.variants[0]} was not found` })
        for (const [method, url, body] of [
          ["post", `/admin/products/${a.id}/variants/${b.variants[0]}`, { title: "Renamed" }],
          ["delete", `/admin/products/${a.id}/variants/${b.variants[0]}`],
          ["post", `/admin/products/${a.id}/variants/batch`, { delete: [b.variants[0]] }],
          ["post", `/admin/products/${a.id}/variants/batch`, { update: [{ id: b.variants[0], title: "Renamed" }] }],
          ["post", `/admin/products/${a.id}`, { variants: [{ id: b.variants[0], title: "Renamed" }] }],
        ] as const) {
          const response = method === "post" ? await post(url, body, f.ownerA) : await del(url, f.ownerA)
          expect({ url, body, ...notFound(response) }).toEqual({ url, body, ...NOT_FOUND })
        }
        expect(await variantOf(b.variants[0])).toEqual(expect.objectContaining({ title: "6 inch", product_id: b.id }))
        expect((await get(`/admin/products/${b.id}/variants/${b.variants[0]}`, f.admin)).data.variant.id).toEqual(b.variants[0])

        // Their own cake's variants: read, renamed in a batch, deleted.
        expect((await get(`/admin/products/${a.id}/variants/${a.variants[0]}`, f.ownerA)).data.variant.id).toEqual(a.variants[0])
        const renamed = await post(`/admin/products/${a.id}/variants/batch`, { update: [{ id: a.variants[0], title: "Six inch" }] }, f.ownerA)
        expect({ status: renamed.status, title: renamed.data.updated?.[0]?.title }).toEqual({ status: 200, title: "Six inch" })
        const created = await post(`/admin/products/${a.id}/variants`, size(10), f.ownerA)
        expect(created.status).toEqual(200)
        const added = created.data.product.variants.find((v: any) => v.title === "10 inch").id
        expect((await del(`/admin/products/${a.id}/variants/${added}`, f.ownerA)).status).toEqual(200)
      })

      it("keeps another bakery's pictures linked to its variants whichever side a member's batch names them from", async () => {
        for (const [url, body] of [
          [`/admin/products/${a.id}/variants/${b.variants[0]}/images/batch`, { remove: [b.image] }],
          [`/admin/products/${a.id}/variants/${a.variants[0]}/images/batch`, { remove: [b.image] }],
          [`/admin/products/${a.id}/images/${b.image}/variants/batch`, { remove: [b.variants[0]] }],
          [`/admin/products/${a.id}/images/${a.image}/variants/batch`, { remove: [b.variants[0]] }],
        ] as const) {
          expect({ url, ...notFound(await post(url, body, f.ownerA)) }).toEqual({ url, ...NOT_FOUND })
        }
        expect(await variantsShowing(b.image)).toEqual([b.variants[0]])

        expect((await post(`/admin/products/${a.id}/variants/${a.variants[0]}/images/batch`, { add: [a.image] }, f.ownerA)).status).toEqual(200)
        expect(await variantsShowing(a.image)).toEqual([a.variants[0]])
        expect((await post(`/admin/products/${a.id}/images/${a.image}/variants/batch`, { remove: [a.variants[0]] }, f.ownerA)).status).toEqual(200)
        expect(await variantsShowing(a.image)).toEqual([])
      })

      it("refuses another bakery's inventory item on a member's new or changed variant, so its stock is never shared", async () => {
        const theirs = [{ inventory_item_id: b.stock[0], required_quantity: 1 }]
        for (const [url, body] of [
          [`/admin/products/${a.id}/variants`, size(12, { inventory_items: theirs })],
          [`/admin/products/${a.id}/variants/batch`, { create: [size(12, { inventory_items: theirs })] }],
          [`/admin/products/${a.id}/variants/batch`, { update: [{ id: a.variants[1], inventory_items: theirs }] }],
          ["/admin/products", { title: "Borrowed stock", options: [{ title: "Size", values: ["12 inch"] }], variants: [size(12, { inventory_items: theirs })] }],
        ] as const) {
          const response = await post(url, body, f.ownerA)
          expect({ url, ...notFound(response), message: response.data.message }).toEqual({ url, ...NOT_FOUND, message: `Inventory item ${b.stock[0]} was not found` })
        }
        const { data: [item] } = await graph("inventory_item", ["id", "variants.id"], { id: b.stock[0] })
        expect(item.variants!.map((v: any) => v.id)).toEqual([b.variants[0]])
        expect((await graph("product", ["id"], { title: "Borrowed stock" })).data).toEqual([])

        // Their own stock item may serve another of their sizes.
        const shared = await post(`/admin/products/${a.id}/variants`, size(12, { inventory_items: [{ inventory_item_id: a.stock[0], required_quantity: 1 }] }), f.ownerA)
        expect(shared.status).toEqual(200)
        const twelve = shared.data.product.variants.find((v: any) => v.title === "12 inch").id
        expect((await variantOf(twelve)).inventory_items.map((i: any) => i.inventory_item_id)).toEqual([a.stock[0]])
      })

      it("keeps another bakery's cakes, lines and fulfillments out of a member's order edits and shipments", async () => {
        const mine = f.orders.multi.id
        const other = f.orders.other.id
        const { fulfillmentId } = await fulfilOrder(api, other, { headers: f.ownerB })
        const { data: orders } = await graph("order", ["id", "items.id", "items.quantity", "items.variant_id"], { id: [mine, other] })
        const itemsOf = (id: string) => orders.find((o: any) => o.id === id)!.items as any[]
        const { data: published } = await graph("product", ["id", "variants.id"], { id: [f.productA, f.productB] })
        const [ourCake, theirCake] = [f.productA, f.productB].map((id) => published.find((p: any) => p.id === id)!.variants![0]!.id)

        expect((await post("/admin/order-edits", { order_id: mine }, f.ownerA)).status).toEqual(200)
        for (const [url, body] of [
          [`/admin/order-edits/${mine}/items`, { items: [{ variant_id: theirCake, quantity: 1 }] }],
          [`/admin/order-edits/${mine}/items/item/${itemsOf(other)[0].id}`, { quantity: 3 }],
          [`/admin/orders/${mine}/fulfillments/${fulfillmentId}/shipments`, { items: [{ id: itemsOf(other)[0].id, quantity: 1 }] }],
        ] as const) {
          expect({ url, ...notFound(await post(url, body, f.ownerA)) }).toEqual({ url, ...NOT_FOUND })
        }
        const { data: [after] } = await graph("order", ["id", "items.id", "items.quantity", "fulfillments.shipped_at"], { id: other })
        expect(after.items!.map((i: any) => [i.id, i.quantity])).toEqual(itemsOf(other).map((i) => [i.id, i.quantity]))
        expect(after.fulfillments!.map((ful: any) => ful.shipped_at)).toEqual([null])

        // Their own cake and line in their own order's edit.
        const added = await post(`/admin/order-edits/${mine}/items`, { items: [{ variant_id: ourCake, quantity: 1 }] }, f.ownerA)
        expect(added.status).toEqual(200)
        expect((await post(`/admin/order-edits/${mine}/items/item/${itemsOf(mine)[0].id}`, { quantity: 3 }, f.ownerA)).status).toEqual(200)
        expect((await del(`/admin/order-edits/${mine}`, f.ownerA)).status).toEqual(200)
      })
    })
  },
})
