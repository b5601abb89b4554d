import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import removeOrphanCakePhotosJob from "../../src/jobs/remove-orphan-cake-photos"
import { sweetspot, SweetSpotApiError } from "../../src/sdk"
import { adminHeaders } from "../helpers/admin-headers"
import { changedTables, digestDomainTables } from "../helpers/db-digest"
import { seedDemoShop } from "../helpers/demo-shop"
import { useEnv } from "../helpers/env"
import { JPEG_6X4, pngImage, pngOfSize, WEBP_6X4 } from "../helpers/images"
import { settleWorkflows } from "../helpers/settle"
import { bookFirstSlot, checkout, createCart, registerShopper, StoreHeaders } from "../helpers/shopper"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(240 * 1000)

const MAX_BYTES = 200 * 1024
useEnv({ PHOTO_MAX_BYTES: String(MAX_BYTES) })

const PHOTO_PRICE = 4.5

/** The private folder of the local file provider (the jest global setup's throwaway one). */
const privateDir = () => process.env.PRIVATE_UPLOAD_DIR!
const storedFiles = () => readdirSync(privateDir()).sort()
const isStored = (fileId: string) => existsSync(join(privateDir(), fileId))

/** A multipart body with one file part, as a browser's form or the SDK sends it. */
function photoForm(bytes: Buffer, filename = "cake.png", type = "image/png", field = "file") {
  const form = new FormData()
  form.append(field, new Blob([bytes], { type }), filename)
  return form
}

/**
 * Reference photos on cake lines: stored privately through Medusa's File module
 * (the local provider, into a folder Medusa does not serve), priced like a
 * topping, shown only through the authenticated photo routes, carried to the
 * order, and deleted when nobody will ever need them.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let owner: StoreHeaders
    let other: StoreHeaders
    let guest: StoreHeaders
    let admin: Record<string, string>
    let lemonVariantId: string
    let spongeVariantId: string
    let cartId: string
    let lineId: string
    let basePrice: number

    // Built once: the runner snapshots the database after this and restores it before every test.
    beforeAll(async () => {
      const container = getContainer()
      shop = await seedDemoShop(container)
      guest = shop.storeHeaders
      admin = await adminHeaders(api, container)
      owner = await registerShopper(api, guest, "photo-owner@sweetspot.test")
      other = await registerShopper(api, guest, "photo-other@sweetspot.test")
      // Lemon Drizzle takes a photo from now on; the Victoria Sponge, like most demo cakes, does not.
      await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { photo: { accepted: true, price: PHOTO_PRICE } }, { headers: admin })
      const variantOf = async (handle: string) =>
        (await api.get(`/store/cakes/${shop.productIdsByHandle[handle]}`, { headers: guest })).data.cake.variants[0].id as string
      lemonVariantId = await variantOf("lemon-drizzle")
      spongeVariantId = await variantOf("victoria-sponge")
      const cart = await createCart(api, owner, shop.regionId)
      const { data } = await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: lemonVariantId, customization: { message: "Happy 9th Ada" } }, { headers: owner })
      cartId = cart.id
      lineId = data.cart.items[0].id
      basePrice = data.cart.items[0].unit_price
      await settleWorkflows(utils, getContainer())
    })

    const upload = (bytes: Buffer, options: { headers?: StoreHeaders; cart?: string; line?: string; filename?: string; type?: string; field?: string } = {}) =>
      api.post(`/store/carts/${options.cart ?? cartId}/cakes/${options.line ?? lineId}/photo`, photoForm(bytes, options.filename, options.type, options.field), {
        headers: options.headers ?? owner,
        validateStatus: () => true,
      })
    const photoOf = (cart: any, line = lineId) => cart.items.find((item: any) => item.id === line).cake_customization.photo
    const readPhoto = (url: string, headers: Record<string, string>) =>
      api.get(url, { headers, responseType: "arraybuffer", validateStatus: () => true })

    /** Runs `attempt`, which must be refused, and checks that nothing was written: no row, no file. */
    async function refusedWithoutTrace(attempt: () => Promise<any>) {
      const [rows, files] = [await digestDomainTables(getContainer()), storedFiles()]
      const response = await attempt()
      expect(changedTables(rows, await digestDomainTables(getContainer()))).toEqual([])
      expect(storedFiles()).toEqual(files)
      return response
    }

    it("attaches a photo to a cake line: stored privately, on its customisation, priced like a topping, shown through the photo route only", async () => {
      const png = pngImage(40, 30)
      const { status, data } = await upload(png, { filename: "my cake.png" })
      expect({ status, data: status === 200 ? "(ok)" : data }).toEqual({ status: 200, data: "(ok)" })
      const line = data.cart.items.find((item: any) => item.id === lineId)
      expect(line.cake_customization.photo).toEqual({ file_id: expect.stringMatching(/^private-/), content_type: "image/png", size: png.length, width: 40, height: 30 })
      expect(line.cake_customization.price_adjustment).toEqual(PHOTO_PRICE)
      expect(line.unit_price).toEqual(basePrice + PHOTO_PRICE)

      // In the private folder, not in `static`, which Medusa serves to anyone: /static/<file> is only
      // SweetSpot's private-file route, which wants a platform admin's login (the shopper's is refused).
      const fileId = line.cake_customization.photo.file_id
      expect(isStored(fileId)).toBe(true)
      expect(existsSync(join(process.cwd(), "static", fileId))).toBe(false)
      expect((await api.get(`/static/${fileId}`, { validateStatus: () => true })).status).toEqual(401)
      expect((await api.get(`/static/${fileId}`, { headers: owner, validateStatus: () => true })).status).toEqual(401)

      const photo = await readPhoto(`/store/carts/${cartId}/cakes/${lineId}/photo`, owner)
      expect(photo.status).toEqual(200)
      expect(Buffer.from(photo.data).equals(png)).toBe(true)
      expect(photo.headers).toEqual(
        expect.objectContaining({
          "content-type": "image/png",
          "cache-control": "private, no-store",
          "x-content-type-options": "nosniff",
          "content-security-policy": "default-src 'none'; sandbox",
        })
      )

      // Medusa's own cart route shows the same photo on the line, and a photo at the limit is taken.
      const { data: medusas } = await api.get(`/store/carts/${cartId}`, { headers: owner })
      expect(photoOf(medusas.cart)).toEqual(line.cake_customization.photo)
      expect((await upload(pngOfSize(MAX_BYTES))).status).toEqual(200)
    })

    it("replaces the photo with a second upload: one photo, charged once, the first file deleted", async () => {
      const first = photoOf((await upload(JPEG_6X4, { filename: "a.jpg", type: "image/jpeg" })).data.cart)
      const { status, data } = await upload(WEBP_6X4, { filename: "b.webp", type: "image/webp" })
      expect(status).toEqual(200)
      expect(photoOf(data.cart)).toEqual(expect.objectContaining({ content_type: "image/webp", width: 6, height: 4 }))
      expect(data.cart.items[0].unit_price).toEqual(basePrice + PHOTO_PRICE)
      expect(isStored(first.file_id)).toBe(false)
      expect(isStored(photoOf(data.cart).file_id)).toBe(true)
    })

    it("removes the photo: the file is deleted and the line repriced; removing again changes nothing", async () => {
      const added = photoOf((await upload(pngImage())).data.cart)
      const { data } = await api.delete(`/store/carts/${cartId}/cakes/${lineId}/photo`, { headers: owner })
      expect(photoOf(data.cart)).toBeNull()
      expect(data.cart.items[0].unit_price).toEqual(basePrice)
      expect(isStored(added.file_id)).toBe(false)
      expect((await readPhoto(`/store/carts/${cartId}/cakes/${lineId}/photo`, owner)).status).toEqual(404)

      const again = await refusedWithoutTrace(() => api.delete(`/store/carts/${cartId}/cakes/${lineId}/photo`, { headers: owner }))
      expect(again.status).toEqual(200)
    })

    it("refuses what is not one JPEG, PNG or WebP within the limit, whatever its name or declared type, and stores nothing", async () => {
      const cases: [string, Buffer, string, string, number, RegExp][] = [
        ["text named .jpg", Buffer.from("just some text, honest"), "cake.jpg", "image/jpeg", 400, /send a JPEG, PNG or WebP image; this file is none of them/],
        ["an SVG (scripts)", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "cake.png", "image/png", 400, /none of them/],
        ["a JPEG with a script behind it", Buffer.concat([JPEG_6X4, Buffer.from("<script>alert(1)</script>")]), "cake.jpg", "image/jpeg", 400, /holds more than an image/],
        ["a PNG header on HTML", Buffer.concat([pngImage().subarray(0, 8), Buffer.from("<html><script>alert(1)</script></html>")]), "cake.png", "image/png", 400, /this PNG is damaged/],
        ["zero bytes", Buffer.alloc(0), "cake.png", "image/png", 400, /the file is empty; send a JPEG, PNG or WebP image of at most 200 KB/],
        ["one byte over the limit", pngOfSize(MAX_BYTES + 1), "cake.png", "image/png", 413, /larger than 200 KB/],
        ["far over the limit", pngOfSize(3 * MAX_BYTES), "cake.png", "image/png", 413, /larger than 200 KB/],
      ]
      for (const [what, bytes, filename, type, status, message] of cases) {
        const response = await refusedWithoutTrace(() => upload(bytes, { filename, type }))
        expect({ what, status: response.status, message: response.data.message }).toEqual({ what, status, message: expect.stringMatching(message) })
        expect(response.data.type).toEqual(status === 413 ? "payload_too_large" : "invalid_data")
      }

      // Not multipart, the wrong field, two files, a bare field: each a 400 that says how to send it.
      const form = photoForm(pngImage())
      form.append("file", new Blob([pngImage()], { type: "image/png" }), "second.png")
      const shapes: [string, () => Promise<any>][] = [
        ["a JSON body", () => api.post(`/store/carts/${cartId}/cakes/${lineId}/photo`, { file: "x" }, { headers: owner, validateStatus: () => true })],
        ["another field", () => upload(pngImage(), { field: "image" })],
        ["two files", () => api.post(`/store/carts/${cartId}/cakes/${lineId}/photo`, form, { headers: owner, validateStatus: () => true })],
      ]
      for (const [what, attempt] of shapes) {
        const response = await refusedWithoutTrace(attempt)
        expect({ what, status: response.status, message: response.data.message }).toEqual({
          what,
          status: 400,
          message: expect.stringContaining('send one JPEG, PNG or WebP image of at most 200 KB as multipart/form-data in a field named "file"'),
        })
      }
    })

    it("refuses a photo on a cake that takes none, and on a line that is not a cake of this cart, before reading it", async () => {
      const { data } = await api.post(`/store/carts/${cartId}/cakes`, { variant_id: spongeVariantId }, { headers: owner })
      const spongeLine = data.cart.items.find((item: any) => item.variant_id === spongeVariantId).id
      const noPhotos = await refusedWithoutTrace(() => upload(pngImage(), { line: spongeLine }))
      expect({ status: noPhotos.status, message: noPhotos.data.message }).toEqual({ status: 400, message: "photo: Classic Victoria Sponge takes no photo" })
      const unknown = await refusedWithoutTrace(() => upload(pngImage(), { line: "cali_nope" }))
      expect({ status: unknown.status, message: unknown.data.message }).toEqual({ status: 404, message: `Cake line cali_nope was not found in cart ${cartId}` })
    })

    it("works through the typed SDK: a Blob sent as multipart by the js-sdk's client, the photo read back as a Blob, a 413 as a SweetSpotApiError", async () => {
      const sdk = new Medusa({ baseUrl: api.defaults.baseURL as string, publishableKey: shop.publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await sdk.auth.login("customer", "emailpass", { email: "photo-owner@sweetspot.test", password: "cake-lover-1" })
      const shopper = sweetspot(sdk).store
      const png = pngImage(16, 16)

      const { cart } = await shopper.carts.uploadCakePhoto(cartId, lineId, new Blob([png], { type: "image/png" }))
      expect(photoOf(cart)).toEqual(expect.objectContaining({ content_type: "image/png", width: 16, height: 16 }))
      const read = await shopper.carts.cakePhoto(cartId, lineId)
      expect({ type: read.type, same: Buffer.from(await read.arrayBuffer()).equals(png) }).toEqual({ type: "image/png", same: true })

      const tooLarge = await shopper.carts.uploadCakePhoto(cartId, lineId, new Blob([pngOfSize(MAX_BYTES + 1)])).catch((error) => error)
      expect(tooLarge).toBeInstanceOf(SweetSpotApiError)
      expect({ status: tooLarge.status, type: tooLarge.type, message: tooLarge.message }).toEqual({
        status: 413,
        type: "payload_too_large",
        message: expect.stringContaining("larger than 200 KB"),
      })
      const { cart: without } = await shopper.carts.removeCakePhoto(cartId, lineId)
      expect(photoOf(without)).toBeNull()
    })

    it("takes two uploads at once: both answered, the line ends with one photo and storage with its one file", async () => {
      const before = storedFiles()
      const [a, b] = await Promise.all([upload(pngImage(10, 10)), upload(JPEG_6X4, { filename: "b.jpg", type: "image/jpeg" })])
      expect([a.status, b.status, a.status === 200 ? "" : a.data, b.status === 200 ? "" : b.data]).toEqual([200, 200, "", ""])
      const { data } = await api.get(`/store/carts/${cartId}`, { headers: owner })
      const kept = photoOf(data.cart)
      expect([photoOf(a.data.cart).file_id, photoOf(b.data.cart).file_id]).toContain(kept.file_id)
      expect(storedFiles().filter((file) => !before.includes(file))).toEqual([kept.file_id])
      expect(data.cart.items[0].unit_price).toEqual(basePrice + PHOTO_PRICE)
    })

    it("answers another shopper, staff on the store route and an anonymous caller as if the cart did not exist, storing nothing; a guest's cart is its holder's", async () => {
      await upload(pngImage())
      const url = `/store/carts/${cartId}/cakes/${lineId}/photo`
      for (const [who, headers, status] of [
        ["another shopper", other, 404],
        ["a guest", guest, 404],
        ["staff", { ...guest, ...admin }, 404],
        ["anonymous (no key)", {}, 400],
      ] as const) {
        const attempts = [
          () => upload(pngImage(), { headers }),
          () => api.delete(url, { headers, validateStatus: () => true }),
          () => readPhoto(url, headers),
        ]
        for (const attempt of attempts) {
          const response = await refusedWithoutTrace(attempt)
          // The photo route is read as bytes: its refusal is JSON all the same.
          const body = response.config.responseType === "arraybuffer" ? JSON.parse(Buffer.from(response.data).toString()) : response.data
          expect({ who, status: response.status, body }).toEqual({ who, status, body: { type: expect.any(String), message: expect.any(String) } })
          if (status === 404) {
            expect(body.message).toEqual(`Cart ${cartId} was not found`)
          }
        }
      }

      // A guest's own cart: whoever holds its id, as on Medusa's cart routes.
      const guestCart = await createCart(api, guest, shop.regionId)
      const { data } = await api.post(`/store/carts/${guestCart.id}/cakes`, { variant_id: lemonVariantId }, { headers: guest })
      const guestLine = data.cart.items[0].id
      expect((await upload(WEBP_6X4, { headers: guest, cart: guestCart.id, line: guestLine, type: "image/webp" })).status).toEqual(200)
      expect((await readPhoto(`/store/carts/${guestCart.id}/cakes/${guestLine}/photo`, guest)).headers["content-type"]).toEqual("image/webp")
    })

    it("carries the photo to the order, readable by its owner and staff only, and the confirmation email says it is attached", async () => {
      const png = pngImage(12, 9)
      const photo = photoOf((await upload(png)).data.cart)
      await bookFirstSlot(api, owner, shop.bakeryIdsByHandle["crumb-and-co"], cartId)
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const { id: orderId } = await checkout(api, owner, cartId, "photo-owner@sweetspot.test")
      await placed
      const { data: medusas } = await api.get(`/store/orders/${orderId}`, { headers: owner })
      const order = medusas.order
      const item = order.items.find((i: any) => i.cake_customization)
      expect(item.cake_customization.photo).toEqual(photo)
      expect(item.unit_price).toEqual(basePrice + PHOTO_PRICE)

      const storeUrl = `/store/orders/${order.id}/items/${item.id}/photo`
      const own = await readPhoto(storeUrl, owner)
      expect({ status: own.status, type: own.headers["content-type"], same: Buffer.from(own.data).equals(png) }).toEqual({ status: 200, type: "image/png", same: true })
      for (const [headers, status] of [[other, 404], [guest, 404], [{}, 400]] as const) {
        expect((await readPhoto(storeUrl, headers)).status).toEqual(status)
      }
      const adminUrl = `/admin/orders/${order.id}/items/${item.id}/photo`
      const staff = await readPhoto(adminUrl, admin)
      expect({ status: staff.status, same: Buffer.from(staff.data).equals(png) }).toEqual({ status: 200, same: true })
      for (const headers of [{}, owner]) {
        expect((await readPhoto(adminUrl, headers)).status).toEqual(401)
      }
      // Medusa's own order routes show the photo's record, never a URL; so does the bakery's cake-details.
      const { data: details } = await api.get(`/admin/orders/${order.id}/cake-details`, { headers: admin })
      expect(details.items.find((i: any) => i.line_item.id === item.id).customization.photo).toEqual(photo)

      const [confirmation] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-confirmation", resource_id: order.id })
      expect((confirmation.data as any).items[0].customization.has_photo).toBe(true)
      expect(JSON.stringify(confirmation.data)).not.toContain(photo.file_id)
      const outbox = readdirSync(process.env.MAIL_OUTBOX_DIR!).find((file) => file.includes("order-confirmation-photo-owner") && file.endsWith(".txt"))
      expect(require("node:fs").readFileSync(join(process.env.MAIL_OUTBOX_DIR!, outbox!), "utf8")).toContain("Photo: attached")
    })

    it("keeps Medusa's routes from forging, dropping or underpricing a photo", async () => {
      const photo = photoOf((await upload(pngImage())).data.cart)
      const { data: cart } = await api.get(`/store/carts/${cartId}`, { headers: owner })
      const metadata = cart.cart.items[0].metadata
      // The line's key names its photo: a key without it (or with another file) is refused on Medusa's line route.
      const withoutPhoto = JSON.stringify(JSON.parse(metadata.cake_choice_key).slice(0, 6))
      for (const key of [withoutPhoto, JSON.stringify([...JSON.parse(withoutPhoto), "private-someone-elses.png"])]) {
        const forged = await refusedWithoutTrace(() =>
          api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 1, metadata: { ...metadata, cake_choice_key: key } }, { headers: owner, validateStatus: () => true })
        )
        expect(forged.status).toEqual(400)
      }
      // A cake with the same choice added through Medusa's route never joins (and so never shares) the photo's line.
      const { data: added } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: lemonVariantId, quantity: 1 }, { headers: owner })
      expect(added.cart.items).toHaveLength(2)
      expect(added.cart.items.filter((item: any) => item.cake_customization?.photo)).toHaveLength(1)

      // A new photo price reaches the line on any change, through Medusa's routes too.
      await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { photo: { accepted: true, price: 7 } }, { headers: admin })
      const { data: refreshed } = await api.post(`/store/carts/${cartId}`, { email: "photo-owner@sweetspot.test" }, { headers: owner })
      const line = refreshed.cart.items.find((item: any) => item.id === lineId)
      expect({ unit_price: line.unit_price, photo: line.cake_customization.photo }).toEqual({ unit_price: basePrice + 7, photo })

      // A cake that stops taking photos keeps the line's price, and checkout says to take the photo off.
      await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { photo: { accepted: false, price: 7 } }, { headers: admin })
      await api.delete(`/store/carts/${cartId}/line-items/${added.cart.items.find((item: any) => item.id !== lineId).id}`, { headers: owner })
      await bookFirstSlot(api, owner, shop.bakeryIdsByHandle["crumb-and-co"], cartId)
      const refused = await checkout(api, owner, cartId, "photo-owner@sweetspot.test").catch((error) => error.response ?? error)
      expect({ status: refused.status, message: refused.data?.message }).toEqual({ status: 400, message: expect.stringContaining("takes no photo; remove it") })
    })

    it("deletes the photo of a line removed through Medusa's route", async () => {
      const photo = photoOf((await upload(pngImage())).data.cart)
      const removed = TestEventUtils.waitSubscribersExecution("cart.updated", getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      await api.delete(`/store/carts/${cartId}/line-items/${lineId}`, { headers: owner })
      await removed
      expect(isStored(photo.file_id)).toBe(false)
    })

    it("the orphan job deletes photos of carts that never became orders after PHOTO_ORPHAN_DAYS, and keeps ordered and recent ones", async () => {
      const stale = photoOf((await upload(pngImage())).data.cart)
      // An order with a photo, placed as long ago.
      const orderCart = await createCart(api, other, shop.regionId)
      const { data: ordered } = await api.post(`/store/carts/${orderCart.id}/cakes`, { variant_id: lemonVariantId }, { headers: other })
      const kept = photoOf(
        (await upload(JPEG_6X4, { headers: other, cart: orderCart.id, line: ordered.cart.items[0].id, type: "image/jpeg" })).data.cart,
        ordered.cart.items[0].id
      )
      await bookFirstSlot(api, other, shop.bakeryIdsByHandle["crumb-and-co"], orderCart.id)
      await checkout(api, other, orderCart.id, "photo-other@sweetspot.test")
      // A guest's cart with a photo, touched yesterday.
      const recentCart = await createCart(api, guest, shop.regionId)
      const { data: recentAdded } = await api.post(`/store/carts/${recentCart.id}/cakes`, { variant_id: lemonVariantId }, { headers: guest })
      const recentLine = recentAdded.cart.items[0].id
      const recent = photoOf((await upload(WEBP_6X4, { headers: guest, cart: recentCart.id, line: recentLine, type: "image/webp" })).data.cart, recentLine)
      await settleWorkflows(utils, getContainer())

      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const backdate = async (days: number, cartIds: string[]) => {
        const at = new Date(Date.now() - days * 86400000)
        await knex("cart").whereIn("id", cartIds).update({ updated_at: at })
        await knex("cake_customization").whereIn("cart_id", cartIds).update({ updated_at: at })
      }
      await backdate(8, [cartId, orderCart.id])
      await backdate(1, [recentCart.id])

      await removeOrphanCakePhotosJob(getContainer())

      expect([isStored(stale.file_id), isStored(kept.file_id), isStored(recent.file_id)]).toEqual([false, true, true])
      const { data: staleCart } = await api.get(`/store/carts/${cartId}`, { headers: owner })
      expect(photoOf(staleCart.cart)).toBeNull()
      expect((await readPhoto(`/store/carts/${cartId}/cakes/${lineId}/photo`, owner)).status).toEqual(404)
      // A second run finds nothing more to do.
      const before = storedFiles()
      await removeOrphanCakePhotosJob(getContainer())
      expect(storedFiles()).toEqual(before)
    })
  },
})
