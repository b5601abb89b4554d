import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../helpers/admin-headers"
import { changedTables, digestDomainTables } from "../helpers/db-digest"
import { seedDemoShop } from "../helpers/demo-shop"
import { useEnv } from "../helpers/env"
import { fakePort } from "../helpers/fake-port"
import { fakeS3 } from "../helpers/fake-s3"
import { JPEG_6X4, pngImage } from "../helpers/images"
import { settleWorkflows } from "../helpers/settle"
import { bookFirstSlot, checkout, createCart, registerShopper, StoreHeaders } from "../helpers/shopper"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(240 * 1000)

const BUCKET = "sweetspot-photos"
const s3 = fakeS3(fakePort(11), BUCKET)
// The File module's provider is S3 when S3_BUCKET is set (medusa-config reads these at boot).
useEnv({
  S3_BUCKET: BUCKET,
  S3_REGION: "eu-west-2",
  S3_ENDPOINT: s3.url,
  S3_FORCE_PATH_STYLE: "true",
  S3_ACCESS_KEY_ID: "test-key",
  S3_SECRET_ACCESS_KEY: "test-secret",
  S3_PREFIX: "photos/",
  S3_FILE_URL: "https://cdn.sweetspot.test",
  PHOTO_MAX_BYTES: String(200 * 1024),
})
beforeAll(() => s3.start())
afterAll(() => s3.stop())

/** A multipart body with one file part, as a browser's form or the SDK sends it. */
function photoForm(bytes: Buffer, filename = "cake.png", type = "image/png") {
  const form = new FormData()
  form.append("file", new Blob([bytes], { type }), filename)
  return form
}

/**
 * Cake photos with S3 as the File module's provider (Medusa's own, with the AWS SDK,
 * against a local fake of S3): stored as private objects, read back through the photo
 * routes only, deleted when replaced or removed, nothing left of a refused upload, a
 * write S3 throttles retried, and a 503 while S3 fails. The local provider's side is
 * cake-photos.spec.ts.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let owner: StoreHeaders
    let admin: Record<string, string>
    let bakeryId: string
    let cartId: string
    let lineId: string

    beforeAll(async () => {
      const container = getContainer()
      const shop = await seedDemoShop(container)
      admin = await adminHeaders(api, container)
      owner = await registerShopper(api, shop.storeHeaders, "s3-photo-owner@sweetspot.test")
      const productId = shop.productIdsByHandle["lemon-drizzle"]
      await api.post(`/admin/products/${productId}/cake-profile`, { photo: { accepted: true, price: 4.5 } }, { headers: admin })
      const variantId = (await api.get(`/store/cakes/${productId}`, { headers: owner })).data.cake.variants[0].id
      const cart = await createCart(api, owner, shop.regionId)
      const { data } = await api.post(`/store/carts/${cart.id}/cakes`, { variant_id: variantId, customization: { message: "Happy 9th Ada" } }, { headers: owner })
      cartId = cart.id
      lineId = data.cart.items[0].id
      bakeryId = shop.bakeryIdsByHandle["crumb-and-co"]
      await settleWorkflows(utils, getContainer())
    })

    beforeEach(() => {
      s3.objects.clear()
      s3.uploads.clear()
      s3.state.failures = 0
      s3.state.down = false
    })

    const upload = (bytes: Buffer, filename = "cake.png", type = "image/png") =>
      api.post(`/store/carts/${cartId}/cakes/${lineId}/photo`, photoForm(bytes, filename, type), { headers: owner, validateStatus: () => true })
    const photoOf = (cart: any) => cart.items.find((item: any) => item.id === lineId).cake_customization.photo
    const readPhoto = (url: string, headers: Record<string, string>) => api.get(url, { headers, responseType: "arraybuffer", validateStatus: () => true })

    it("stores the photo as a private object, reads it back through the photo route, and deletes it when replaced or removed", async () => {
      const png = pngImage(40, 30)
      const first = await upload(png, "my cake.png")
      expect({ status: first.status, data: first.status === 200 ? "(ok)" : first.data }).toEqual({ status: 200, data: "(ok)" })
      const photo = photoOf(first.data.cart)
      expect(photo).toEqual({ file_id: expect.stringMatching(/^photos\/cake-photo-.+\.png$/), content_type: "image/png", size: png.length, width: 40, height: 30 })
      expect([...s3.objects.keys()]).toEqual([photo.file_id])
      expect(s3.objects.get(photo.file_id)).toEqual({ body: png, contentType: "image/png", acl: "private" })
      // The line shows the record only: no URL of the bucket or its CDN.
      expect(JSON.stringify(first.data)).not.toContain("cdn.sweetspot.test")

      const read = await readPhoto(`/store/carts/${cartId}/cakes/${lineId}/photo`, owner)
      expect({ status: read.status, type: read.headers["content-type"], same: Buffer.from(read.data).equals(png) }).toEqual({ status: 200, type: "image/png", same: true })

      const second = await upload(JPEG_6X4, "b.jpg", "image/jpeg")
      const replaced = photoOf(second.data.cart)
      expect([...s3.objects.keys()]).toEqual([replaced.file_id])

      await api.delete(`/store/carts/${cartId}/cakes/${lineId}/photo`, { headers: owner })
      expect(s3.objects.size).toEqual(0)
      expect((await readPhoto(`/store/carts/${cartId}/cakes/${lineId}/photo`, owner)).status).toEqual(404)
    })

    it("leaves nothing in the bucket of a photo refused after its upload began, and retries a write S3 throttles", async () => {
      // A real JPEG start opens the upload; the script behind the image gets it refused.
      const refused = await upload(Buffer.concat([JPEG_6X4, Buffer.from("<script>alert(1)</script>")]), "cake.jpg", "image/jpeg")
      expect({ status: refused.status, message: refused.data.message }).toEqual({ status: 400, message: expect.stringMatching(/holds more than an image/) })
      expect({ objects: s3.objects.size, uploads: s3.uploads.size }).toEqual({ objects: 0, uploads: 0 })
      const { data } = await api.get(`/store/carts/${cartId}`, { headers: owner })
      expect(photoOf(data.cart)).toBeNull()

      // S3 asks the client to slow down once: the AWS SDK tries again and the photo is stored.
      s3.state.failures = 1
      const png = pngImage(8, 8)
      const taken = await upload(png)
      expect(taken.status).toEqual(200)
      expect(s3.objects.get(photoOf(taken.data.cart).file_id)?.body.equals(png)).toBe(true)
    })

    it("answers 503 with Retry-After, keeping nothing, while S3 fails past the SDK's retries; the photo reads again once S3 is back", async () => {
      const png = pngImage(10, 10)
      const photo = photoOf((await upload(png)).data.cart)
      s3.state.down = true
      const rows = await digestDomainTables(getContainer())
      const refused = await upload(pngImage(20, 20))
      expect({ status: refused.status, retryAfter: refused.headers["retry-after"], body: refused.data }).toEqual({
        status: 503,
        retryAfter: "10",
        body: { type: "service_unavailable", message: expect.stringContaining("the photo could not be stored just now") },
      })
      expect(changedTables(rows, await digestDomainTables(getContainer()))).toEqual([])
      expect([...s3.objects.keys()]).toEqual([photo.file_id])

      const unreadable = await readPhoto(`/store/carts/${cartId}/cakes/${lineId}/photo`, owner)
      expect({ status: unreadable.status, body: JSON.parse(Buffer.from(unreadable.data).toString()) }).toEqual({
        status: 503,
        body: { type: "service_unavailable", message: expect.stringContaining("cannot be read just now") },
      })
      s3.state.down = false
      const read = await readPhoto(`/store/carts/${cartId}/cakes/${lineId}/photo`, owner)
      expect({ status: read.status, same: Buffer.from(read.data).equals(png) }).toEqual({ status: 200, same: true })
      // A file gone from the bucket is still the route's 404.
      s3.objects.clear()
      expect((await readPhoto(`/store/carts/${cartId}/cakes/${lineId}/photo`, owner)).status).toEqual(404)
    })

    it("carries the photo to the order: its owner and staff read it from the bucket", async () => {
      const png = pngImage(12, 9)
      expect((await upload(png)).status).toEqual(200)
      await bookFirstSlot(api, owner, bakeryId, cartId)
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const { id: orderId } = await checkout(api, owner, cartId, "s3-photo-owner@sweetspot.test")
      await placed
      const { data } = await api.get(`/store/orders/${orderId}`, { headers: owner })
      const item = data.order.items.find((i: any) => i.cake_customization)

      const own = await readPhoto(`/store/orders/${orderId}/items/${item.id}/photo`, owner)
      expect({ status: own.status, same: Buffer.from(own.data).equals(png) }).toEqual({ status: 200, same: true })
      const staff = await readPhoto(`/admin/orders/${orderId}/items/${item.id}/photo`, admin)
      expect({ status: staff.status, same: Buffer.from(staff.data).equals(png) }).toEqual({ status: 200, same: true })
    })
  },
})
