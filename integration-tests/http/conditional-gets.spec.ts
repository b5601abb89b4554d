import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bakeryStamp, readCatalogStamps } from "../../src/workflows/catalog/utils/catalog-stamps"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { eventually } from "../helpers/eventually"
import { settleWorkflows } from "../helpers/settle"
import { bookFirstSlot, checkout, createCart, firstAvailableSlot } from "../helpers/shopper"

jest.setTimeout(240 * 1000)

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let store: Record<string, string>
    let admin: { headers: Record<string, string> }
    let regionId: string
    let euroRegionId: string
    let crumb: string
    let whisk: string
    let lemon: string
    let lemonVariant: string
    let salesChannelId: string
    let from: string
    let to: string

    beforeAll(async () => {
      const shop = await seedDemoShop(getContainer())
      store = shop.storeHeaders
      regionId = shop.regionId
      crumb = shop.bakeryIdsByHandle["crumb-and-co"]
      whisk = shop.bakeryIdsByHandle["northern-whisk"]
      lemon = shop.productIdsByHandle["lemon-drizzle"]
      admin = { headers: await adminHeaders(api, getContainer()) }
      const { data: euro } = await api.post("/admin/regions", { name: "Euro cakes", currency_code: "eur" }, admin)
      euroRegionId = euro.region.id
      const { data: cake } = await api.get(`/store/cakes/${lemon}?region_id=${regionId}`, { headers: store })
      lemonVariant = cake.cake.variants[0].id
      salesChannelId = shop.salesChannelId
      from = isoDate(new Date(Date.now() + 86400000))
      to = isoDate(new Date(Date.now() + 20 * 86400000))
      await settleWorkflows(utils, getContainer())
    })

    const cakes = () => `/store/cakes?limit=20&region_id=${regionId}`
    const cake = () => `/store/cakes/${lemon}?region_id=${regionId}`
    const bakeries = () => "/store/bakeries"
    const bakery = (id = crumb) => `/store/bakeries/${id}`
    const calendar = (id = crumb) => `/store/bakeries/${id}/calendar?from=${from}&to=${to}`
    const slots = (id = crumb) => `/store/bakeries/${id}/delivery-slots?date=${from}`

    const etagOf = async (path: string, headers = store) => {
      const response = await api.get(path, { headers })
      expect(response.status).toEqual(200)
      expect(response.headers.etag).toMatch(/^W\/".+"$/)
      return response.headers.etag as string
    }
    const etagsOf = async (paths: string[]) => Promise.all(paths.map((path) => etagOf(path)))
    /** Every path's ETag differs from before (the change may reach the stamps through a subscriber, a moment later). */
    const expectAllMoved = async (paths: string[], before: string[]) =>
      eventually(`new ETags on ${paths.join(", ")}`, async () => {
        const now = await etagsOf(paths)
        return now.every((etag, i) => etag !== before[i]) ? now : undefined
      }, 15_000)
    /**
     * A bakery's day answers (calendar, slots): their ETags and the bakery's day stamp, all
     * read within one minute of the clock the app shares with the suite (in-process).
     */
    const currentMinute = () => Math.floor(Date.now() / 60_000)
    const daySnapshot = async (bakeryId: string, paths: string[]) => {
      for (;;) {
        const minute = currentMinute()
        const etags = await etagsOf(paths)
        const [stamp] = await readCatalogStamps(getContainer(), [bakeryStamp(bakeryId)])
        if (currentMinute() === minute) {
          return { minute, etags, stamp }
        }
      }
    }
    /**
     * Nothing on the bakery's days changed: its day stamp (the one thing besides the question
     * and the minute that a day answer's ETag is made of) is the same, and so are the ETags
     * when both snapshots fell in one minute (they hold for the current minute only).
     */
    const expectDayUnchanged = async (bakeryId: string, paths: string[], before: Awaited<ReturnType<typeof daySnapshot>>) => {
      const now = await daySnapshot(bakeryId, paths)
      expect(now.stamp).toEqual(before.stamp)
      if (now.minute === before.minute) {
        expect(now.etags).toEqual(before.etags)
      }
    }
    /** Runs `check` again when it failed while the minute turned (the day answers' ETags hold for one minute). */
    const inOneMinute = async (check: () => Promise<void>) => {
      for (;;) {
        const minute = currentMinute()
        try {
          return await check()
        } catch (error) {
          if (currentMinute() === minute) {
            throw error
          }
        }
      }
    }
    const revalidate = (path: string, etag: string, headers = store) =>
      api.get(path, { headers: { ...headers, "if-none-match": etag }, validateStatus: () => true })

    /** The catalog tables a request read (SQL statements and query.graph entities). */
    async function catalogReads(request: () => Promise<unknown>) {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const reads: string[] = []
      const onQuery = (q: { sql: string }) => reads.push(q.sql)
      const graph = jest.spyOn(query, "graph")
      knex.on("query", onQuery)
      try {
        await request()
        reads.push(...graph.mock.calls.map(([config]) => `graph ${config.entity}`))
      } finally {
        knex.off("query", onQuery)
        graph.mockRestore()
      }
      return reads.filter((read) => /product|price|bakery|cake|delivery_slot|region/.test(read))
    }

    it("answers 304 without a body while the ETag matches, on every catalog route", async () => {
      for (const path of [cakes(), cake(), bakeries(), bakery(), calendar(), slots()]) {
        // A day answer's ETag holds for the current minute: checked again if the minute turned meanwhile.
        await inOneMinute(async () => {
          const etag = await etagOf(path)
          let again: Awaited<ReturnType<typeof revalidate>> | undefined
          // The point of a 304: it is answered from the stamps, without reading the catalog.
          expect({ path, reads: await catalogReads(async () => (again = await revalidate(path, etag))) }).toEqual({ path, reads: [] })
          expect((await catalogReads(() => revalidate(path, 'W/"not-this-one"'))).length).toBeGreaterThan(0)
          again = again!
          expect({ path, status: again.status }).toEqual({ path, status: 304 })
          expect(again.headers["cache-control"]).toEqual("no-cache")
          expect(again.headers.vary).toMatch(/x-publishable-api-key/i)
          expect(again.data).toEqual("")
          expect(again.headers.etag).toEqual(etag)
          expect((await revalidate(path, `"other", ${etag.replace(/^W\//, "")}`)).status).toEqual(304)
          const stale = await revalidate(path, 'W/"not-this-one"')
          expect(stale.status).toEqual(200)
          expect(stale.headers.etag).toEqual(etag)
        })
      }
    })

    it("varies by region, query and the publishable key's sales channels, not by parameter order", async () => {
      expect(await etagOf(`/store/cakes?limit=20&region_id=${euroRegionId}`)).not.toEqual(await etagOf(cakes()))
      expect(await etagOf(`/store/cakes/${lemon}?region_id=${euroRegionId}`)).not.toEqual(await etagOf(cake()))
      expect(await etagOf(`/store/cakes?limit=5&region_id=${regionId}`)).not.toEqual(await etagOf(cakes()))
      expect(await etagOf(`/store/cakes?region_id=${regionId}&limit=20`)).toEqual(await etagOf(cakes()))
      expect(await etagOf(`/store/cakes?limit=20&region_id=${regionId}&flavour=lemon`)).not.toEqual(await etagOf(cakes()))
      expect(await etagOf("/store/bakeries?city=london")).not.toEqual(await etagOf(bakeries()))
      expect(await etagOf(bakery(whisk))).not.toEqual(await etagOf(bakery()))
      expect(await etagOf(`/store/bakeries/${crumb}/calendar?from=${from}&to=${from}`)).not.toEqual(await etagOf(calendar()))
      expect(await etagOf(`${calendar()}&fulfillment=pickup`)).not.toEqual(await etagOf(calendar()))

      const { data: key } = await api.post("/admin/api-keys", { title: "Second storefront", type: "publishable" }, admin)
      const { data: channel } = await api.post("/admin/sales-channels", { name: "Second storefront" }, admin)
      await api.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [salesChannelId, channel.sales_channel.id] }, admin)
      const other = { "x-publishable-api-key": key.api_key.token }
      expect(await etagOf(cakes(), other)).not.toEqual(await etagOf(cakes()))
      expect((await revalidate(cakes(), await etagOf(cakes()), other)).status).toEqual(200)
    })

    it("refuses a missing, unknown or revoked publishable key with Medusa's error, even with an ETag that matches", async () => {
      const { data: key } = await api.post("/admin/api-keys", { title: "Revoked storefront", type: "publishable" }, admin)
      await api.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [salesChannelId] }, admin)
      const keyed = { "x-publishable-api-key": key.api_key.token }
      const tags = await Promise.all([cakes(), calendar()].map((path) => etagOf(path, keyed)))
      expect((await revalidate(cakes(), tags[0], keyed)).status).toEqual(304)
      const refused = async (headers: Record<string, string>) =>
        Promise.all(
          [cakes(), calendar()].map(async (path, i) => {
            const { status, data } = await revalidate(path, tags[i], headers)
            return { path, status, type: data.type }
          })
        )
      const expected = [cakes(), calendar()].map((path) => ({ path, status: 400, type: "not_allowed" }))

      expect(await refused({})).toEqual(expected)
      expect(await refused({ "x-publishable-api-key": `${key.api_key.token}0` })).toEqual(expected)
      await api.post(`/admin/api-keys/${key.api_key.id}/revoke`, {}, admin)
      // At once: a key revoked a moment ago must not keep answering 304s.
      expect(await refused(keyed)).toEqual(expected)
    })

    it("moves the cake ETags when a price changes through Medusa's admin product routes", async () => {
      const before = await etagsOf([cakes(), cake()])
      const { data: variant } = await api.get(`/admin/products/${lemon}/variants/${lemonVariant}?fields=id,*prices`, admin)
      const prices = variant.variant.prices.map((price: any) => ({ id: price.id, amount: price.amount + 5, currency_code: price.currency_code }))
      await api.post(`/admin/products/${lemon}/variants/${lemonVariant}`, { prices }, admin)
      await expectAllMoved([cakes(), cake()], before)
      const { data } = await api.get(cake(), { headers: store })
      const gbp = prices.find((price: any) => price.currency_code === "gbp")
      expect(data.cake.variants.find((v: any) => v.id === lemonVariant).calculated_price.calculated_amount).toEqual(gbp.amount)
    })

    it("moves the cake ETags when Medusa's admin changes a product or the cakes a sales channel sells", async () => {
      let before = await etagsOf([cakes(), cake()])
      await api.post(`/admin/products/${lemon}`, { title: "Lemon Drizzle Deluxe" }, admin)
      before = await expectAllMoved([cakes(), cake()], before)
      await api.post(`/admin/sales-channels/${salesChannelId}/products`, { remove: [lemon] }, admin)
      await expectAllMoved([cakes()], before)
      expect((await revalidate(cake(), before[1])).status).toEqual(404)
    })

    it("moves the cake ETags when a cake profile changes", async () => {
      const before = await etagsOf([cakes(), cake()])
      await api.post(`/admin/products/${lemon}/cake-profile`, { max_message_length: 33 }, admin)
      await expectAllMoved([cakes(), cake()], before)
    })

    it("moves cakes, bakeries and the bakery's calendar when the bakery changes", async () => {
      const paths = [cakes(), cake(), bakeries(), bakery(), calendar(), slots()]
      const before = await etagsOf(paths)
      await api.post(`/admin/bakeries/${crumb}`, { lead_time_minutes: 26 * 60 }, admin)
      await expectAllMoved(paths, before)
    })

    it("moves a bakery's calendar and slots, not another bakery's, when it closes for a day and reopens", async () => {
      const others = await daySnapshot(whisk, [calendar(whisk), slots(whisk)])
      let before = await etagsOf([calendar(), slots()])
      const { data } = await api.post(`/admin/bakeries/${crumb}/closures`, { from, to: from, reason: "Oven repairs" }, admin)
      before = await expectAllMoved([calendar(), slots()], before)
      await expectDayUnchanged(whisk, [calendar(whisk), slots(whisk)], others)
      await api.delete(`/admin/bakeries/${crumb}/closures/${data.closure.id}`, admin)
      await expectAllMoved([calendar(), slots()], before)
    })

    it("moves the calendar when a booking takes capacity and again when its order is cancelled", async () => {
      const slot = await firstAvailableSlot(api, store, crumb)
      const day = slot.starts_at.slice(0, 10)
      const paths = [`/store/bakeries/${crumb}/calendar?from=${day}&to=${day}`, `/store/bakeries/${crumb}/delivery-slots?date=${day}`]
      const unbooked = await daySnapshot(crumb, paths)
      let before = unbooked.etags
      const cart = await createCart(api, store, regionId)
      await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: lemonVariant, quantity: 1 }, { headers: store })
      await bookFirstSlot(api, store, crumb, cart.id)
      // Choosing a slot for a cart takes nothing from the day yet.
      await expectDayUnchanged(crumb, paths, unbooked)
      before = await etagsOf(paths)
      const order = await checkout(api, store, cart.id)
      before = await expectAllMoved(paths, before)
      const booked = await daySnapshot(crumb, paths)
      expect(booked.stamp).not.toEqual(unbooked.stamp)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      await expectAllMoved(paths, before)
      expect((await daySnapshot(crumb, paths)).stamp).not.toEqual(booked.stamp)
    })
  },
})
