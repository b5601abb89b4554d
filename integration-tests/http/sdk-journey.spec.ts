import Medusa, { FetchError } from "@medusajs/js-sdk"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import ts from "typescript"
import { sweetspot, SweetSpotApiError, type CakeCustomizationView } from "../../src/sdk"
import { seedAdminUser } from "../../src/scripts/seed/seed-admin-user"
import { TEST_ADMIN } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { installOutsideProject, packSdk, runOrFail } from "../helpers/sdk-package"
import { LONDON_ADDRESS } from "../helpers/shopper"
import { SUBSCRIBERS_TIMEOUT_MS } from "../helpers/subscribers-timeout"

jest.setTimeout(180 * 1000)

/** A line of Medusa's cart or order with the customisation SweetSpot adds to it. */
type CakeLine = { id: string; cake_customization?: CakeCustomizationView | null }

/** Brick Lane, with the coordinates a storefront's address autocomplete gives. */
const ADDRESS = { ...LONDON_ADDRESS, metadata: { latitude: 51.5205, longitude: -0.0716 } }

const isoDate = (date: Date) => date.toISOString().slice(0, 10)
const iso = (value: string | Date) => new Date(value).toISOString()

const EXAMPLE = join(__dirname, "..", "..", "examples", "storefront")

/**
 * A storefront project outside the repository: `npm pack -w @sweetspot/sdk` (which
 * builds it), the tarball installed with `@medusajs/js-sdk` and `typescript` alone
 * and offline (see installOutsideProject), and examples/storefront compiled there
 * with `tsc --strict`. It needs no server, so it is made while Medusa boots.
 */
async function prepareOutsideProject(dir: string) {
  const packed = await packSdk(dir)
  await installOutsideProject(dir, packed.tarball)
  for (const file of readdirSync(EXAMPLE)) {
    copyFileSync(join(EXAMPLE, file), join(dir, file))
  }
  // Each `@ts-expect-error` of the example must meet its error here too, or tsc fails.
  const tsc = join(dir, "node_modules", "typescript", "bin", "tsc")
  await runOrFail(process.execPath, [tsc, "-p", "tsconfig.json", "--strict", "--noEmit", "false", "--outDir", "out"], dir)
  return packed
}

/** The modules a declaration file imports, and how many `any` it has, read with TypeScript's parser. */
function declarationFacts(file: string) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  const imports: string[] = []
  let anys = 0
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      imports.push((node.moduleSpecifier as ts.StringLiteral).text)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      imports.push(node.argument.literal.text)
    } else if (node.kind === ts.SyntaxKind.AnyKeyword) {
      anys++
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { imports, anys }
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))

/** What a rejected promise threw. */
const thrown = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("The call was expected to fail but succeeded")
    },
    (error: unknown) => error
  )

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const outsideDir = mkdtempSync(join(tmpdir(), "sweetspot-storefront-"))
    const outside = prepareOutsideProject(outsideDir)
    // Awaited by its test; a failure must not surface earlier as an unhandled rejection.
    outside.catch(() => undefined)
    afterAll(() => rmSync(outsideDir, { recursive: true, force: true }))
    /** The runner's real HTTP server; `api` is only read for its address. */
    const baseUrl = () => api.defaults.baseURL as string
    const storefront = () =>
      new Medusa({ baseUrl: baseUrl(), publishableKey: shop.publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

    /** Runs `action` and waits until the subscribers of `event` have run. */
    const after = async <T>(event: string, action: () => Promise<T>) => {
      const done = TestEventUtils.waitSubscribersExecution(event, getContainer().resolve(Modules.EVENT_BUS), { timeout: SUBSCRIBERS_TIMEOUT_MS })
      const result = await action()
      await done
      return result
    }

    /** Registers and logs in a shopper through Medusa's own auth and customer routes. */
    async function signUp(sdk: Medusa, email: string, password: string) {
      await after("customer.created", async () => {
        await sdk.auth.register("customer", "emailpass", { email, password })
        await sdk.store.customer.create({ email, first_name: "Sam", last_name: "Baker", phone: "+44 7700 900000" })
      })
      const token = await sdk.auth.login("customer", "emailpass", { email, password })
      expect(typeof token).toEqual("string")
      return (await sdk.store.customer.retrieve()).customer
    }

    /** The first window from tomorrow on that the bakery can meet for the cart. */
    async function firstWindow(helpers: ReturnType<typeof sweetspot>, bakeryId: string, cartId: string) {
      for (let days = 1; days <= 14; days++) {
        const date = isoDate(new Date(Date.now() + days * 86400000))
        const { slots } = await helpers.store.bakeries.deliverySlots(bakeryId, { date, cart_id: cartId })
        const window = slots.find((slot) => slot.available)
        if (window) {
          return window
        }
      }
      throw new Error(`Bakery ${bakeryId} has no available delivery window in the next two weeks`)
    }

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
    })

    it("walks a shopper from registration to a delivered cake and staff from dispatch to delivery, through the js-sdk only", async () => {
      const email = "sdk-journey@sweetspot.test"
      const sdk = storefront()
      const shopper = sweetspot(sdk)

      // Register and log in.
      const customer = await signUp(sdk, email, "s3cret-cake")
      expect(customer).toEqual(expect.objectContaining({ email, first_name: "Sam", last_name: "Baker" }))

      // Browse bakeries and cakes.
      const { regions } = await sdk.store.region.list()
      const region = regions.find((r) => r.currency_code === "gbp")!
      expect(region.id).toEqual(shop.regionId)
      const { bakeries, count } = await shopper.store.bakeries.list({ city: "London" })
      expect(count).toEqual(1)
      const { bakery } = await shopper.store.bakeries.retrieve(bakeries[0].id)
      expect(bakery.name).toEqual("Crumb & Co")
      const { cakes } = await shopper.store.cakes.list({ region_id: region.id, bakery_id: bakery.id, flavour: "chocolate" })
      const { cake } = await shopper.store.cakes.retrieve(cakes[0].id, { region_id: region.id })
      expect(cake.bakery?.id).toEqual(bakery.id)
      expect(cake.cake_profile?.toppings.map((t) => t.name)).toContain("Sprinkles")
      const variant = cake.variants.find((v) => v.title?.startsWith("8"))!
      const basePrice = variant.calculated_price!.calculated_amount!

      // A cart of the logged-in shopper.
      const { cart } = await sdk.store.cart.create({ region_id: region.id })
      expect(cart.customer_id).toEqual(customer.id)

      // Bad input: the helpers throw Medusa's answer, unchanged, as a SweetSpotApiError.
      const badQuantity = { variant_id: variant.id, quantity: 0 }
      const invalid = await thrown(shopper.store.carts.addCake(cart.id, badQuantity))
      const medusas = (await thrown(sdk.client.fetch(`/store/carts/${cart.id}/cakes`, { method: "POST", body: badQuantity }))) as FetchError
      expect(invalid).toBeInstanceOf(SweetSpotApiError)
      expect(invalid).toEqual(expect.objectContaining({ status: 400, type: "invalid_data", message: medusas.message }))
      expect(medusas.status).toEqual(400)
      expect((invalid as SweetSpotApiError).message).toContain("quantity")

      // Customise and add.
      const choice = { message: "Happy birthday Mum", egg_version: "eggless" as const, toppings: ["Sprinkles"] }
      const { cart: withCake } = await shopper.store.carts.addCake(cart.id, { variant_id: variant.id, quantity: 1, customization: choice })
      const [line] = withCake.items!
      expect(line.unit_price).toEqual(basePrice + 2)
      expect(line.cake_customization).toEqual(expect.objectContaining({ ...choice, price_adjustment: 2 }))
      const { cart: noted } = await shopper.store.carts.updateCake(cart.id, line.id, {
        customization: { ...choice, notes: "Candles on the side" },
      })
      expect(noted.items![0].cake_customization).toEqual(expect.objectContaining({ ...choice, notes: "Candles on the side" }))
      expect(noted.items![0].unit_price).toEqual(basePrice + 2)

      // Pick the first delivery window the bakery can meet.
      const window = await firstWindow(shopper, bakery.id, cart.id)
      const { cart: booked } = await shopper.store.carts.setDeliverySlot(cart.id, { starts_at: window.starts_at })
      expect(iso(booked.delivery_slot!.starts_at)).toEqual(iso(window.starts_at))

      // Address, delivery, the system payment provider, checkout.
      await sdk.store.cart.update(cart.id, { email, shipping_address: ADDRESS, billing_address: LONDON_ADDRESS })
      const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      const delivery = shipping_options.find((option) => option.type?.code === "delivery")!
      const { cart: withShipping } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: delivery.id })
      await sdk.store.payment.initiatePaymentSession(withShipping, { provider_id: "pp_system_default" })
      const completed = await after("order.placed", () => sdk.store.cart.complete(cart.id))
      if (completed.type !== "order") {
        throw new Error(`Cart ${cart.id} did not complete: ${completed.error.message}`)
      }
      const orderId = completed.order.id

      // The order, through Medusa's own route, carries the customisation on its line.
      const { order } = await sdk.store.order.retrieve(orderId)
      const orderLine = order.items![0] as unknown as CakeLine
      expect(orderLine.cake_customization).toEqual(expect.objectContaining({ ...choice, notes: "Candles on the side" }))
      expect((await sdk.store.order.list()).orders.map((o) => o.id)).toEqual([orderId])
      const { cake_customizations } = await shopper.store.customers.listCakeCustomizations()
      expect(cake_customizations.map((c) => c.message)).toEqual(["Happy birthday Mum"])

      // Following the order: pending, with the booked window and no ETA yet.
      const track = async () => (await shopper.store.orders.delivery(orderId)).delivery
      const pending = await track()
      expect(pending).toEqual({ fulfillment: "delivery", status: "pending", slot: expect.any(Object), estimate: null })
      expect([iso(pending.slot!.starts_at), iso(pending.slot!.ends_at)]).toEqual([iso(window.starts_at), iso(window.ends_at)])

      // Staff log in on their own js-sdk instance and see the customisation.
      await seedAdminUser(getContainer(), TEST_ADMIN.email, TEST_ADMIN.password)
      const admin = new Medusa({ baseUrl: baseUrl(), auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await admin.auth.login("user", "emailpass", TEST_ADMIN)
      const staff = sweetspot(admin)
      const details = await staff.admin.orders.cakeDetails(orderId)
      expect(details.items).toEqual([
        {
          line_item: expect.objectContaining({ id: orderLine.id, product_title: cake.title, quantity: 1, unit_price: basePrice + 2 }),
          customization: expect.objectContaining({ ...choice, notes: "Candles on the side" }),
        },
      ])
      expect(iso(details.slot!.starts_at)).toEqual(iso(window.starts_at))

      // Fulfil (still pending), ship (out for delivery, with an ETA), deliver.
      const { order: adminOrder } = await admin.admin.order.retrieve(orderId, { fields: "+items.id,+items.quantity" })
      const items = adminOrder.items!.map((item) => ({ id: item.id, quantity: item.quantity }))
      const { order: fulfilled } = await after("order.fulfillment_created", () =>
        admin.admin.order.createFulfillment(orderId, { items }, { fields: "*fulfillments" })
      )
      const fulfillmentId = fulfilled.fulfillments![0].id
      expect((await track()).status).toEqual("pending")

      await after("shipment.created", () => admin.admin.order.createShipment(orderId, fulfillmentId, { items }))
      const shipped = await track()
      expect(shipped.status).toEqual("shipped")
      // No Google key in tests: the first ETA is the fallback, straight from the bakery to the address's coordinates.
      expect(shipped.estimate).toEqual({
        eta_at: expect.any(String),
        distance_meters: expect.any(Number),
        duration_seconds: expect.any(Number),
        source: "fallback",
        computed_at: expect.any(String),
        // Staff shipped it, not a driver: the route starts at the bakery.
        origin: "bakery",
      })
      const { estimate } = await staff.admin.orders.refreshDelivery(orderId)
      expect(estimate).toEqual(expect.objectContaining({ source: "fallback", eta_at: expect.any(String) }))
      expect(new Date(estimate!.computed_at).getTime()).toBeGreaterThanOrEqual(new Date(shipped.estimate!.computed_at).getTime())

      await after("delivery.created", () => admin.admin.order.markAsDelivered(orderId, fulfillmentId))
      expect((await track()).status).toEqual("delivered")
      const { stats } = await staff.admin.bakeries.stats(bakery.id)
      expect(stats).toEqual(expect.objectContaining({ orders: 1, cakes_sold: 1, delivered: 1, delivered_on_time: 1 }))

      // Every email of the journey is in the development outbox, rendered.
      const outbox = readdirSync(process.env.MAIL_OUTBOX_DIR!).filter((file) => file.endsWith(`-${email}.html`))
      for (const template of ["welcome", "order-confirmation", "order-preparing", "out-for-delivery", "order-delivered"]) {
        expect({ template, sent: outbox.filter((file) => file.includes(`-${template}-`)).length }).toEqual({ template, sent: 1 })
      }
    })

    it("answers another shopper's order as not found to them and to a guest, and a guest on a shopper's route as unauthorized, with Medusa's error", async () => {
      const ownerSdk = storefront()
      const owner = sweetspot(ownerSdk)
      await signUp(ownerSdk, "owner-sdk@sweetspot.test", "owner-pass-1")
      const { cake } = await owner.store.cakes.retrieve(shop.productIdsByHandle["lemon-drizzle"])
      const { cart } = await ownerSdk.store.cart.create({ region_id: shop.regionId })
      await owner.store.carts.addCake(cart.id, { variant_id: cake.variants[0].id })
      const window = await firstWindow(owner, cake.bakery!.id, cart.id)
      await owner.store.carts.setDeliverySlot(cart.id, { starts_at: window.starts_at })
      await ownerSdk.store.cart.update(cart.id, { email: "owner-sdk@sweetspot.test", shipping_address: LONDON_ADDRESS })
      const { shipping_options } = await ownerSdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      const delivery = shipping_options.find((option) => option.type?.code === "delivery")!
      const { cart: ready } = await ownerSdk.store.cart.addShippingMethod(cart.id, { option_id: delivery.id })
      await ownerSdk.store.payment.initiatePaymentSession(ready, { provider_id: "pp_system_default" })
      const completed = await ownerSdk.store.cart.complete(cart.id)
      expect(completed.type).toEqual("order")
      const orderId = completed.type === "order" ? completed.order.id : ""

      const nosySdk = storefront()
      await signUp(nosySdk, "nosy-sdk@sweetspot.test", "nosy-pass-1")
      const notYours = await thrown(sweetspot(nosySdk).store.orders.delivery(orderId))
      expect(notYours).toBeInstanceOf(SweetSpotApiError)
      expect(notYours).toEqual(expect.objectContaining({ status: 404, type: "not_found", message: `Order ${orderId} was not found` }))

      // A registered shopper's order is not there for anyone else, logged in or not.
      const guestsOrder = await thrown(sweetspot(storefront()).store.orders.delivery(orderId))
      expect(guestsOrder).toEqual(expect.objectContaining({ status: 404, type: "not_found", message: `Order ${orderId} was not found` }))

      // Medusa's authenticate middleware answers 401 with a message only; the type is the one Medusa gives a 401.
      const guest = await thrown(sweetspot(storefront()).store.customers.listCakeCustomizations())
      expect(guest).toBeInstanceOf(SweetSpotApiError)
      expect(guest).toEqual(expect.objectContaining({ status: 401, type: "unauthorized", message: "Unauthorized" }))
    })

    it("works from a storefront project that installed only @medusajs/js-sdk, typescript and the packed @sweetspot/sdk: it compiles strictly and runs the example's journey", async () => {
      const { files } = await outside
      const installed = join(outsideDir, "node_modules", "@sweetspot", "sdk")

      // The tarball: both builds with their types, the README and the CHANGELOG, nothing else.
      expect(files).toEqual(expect.arrayContaining(["CHANGELOG.md", "README.md", "package.json", "dist/esm/index.js", "dist/esm/index.d.ts", "dist/cjs/index.js", "dist/cjs/index.d.ts"]))
      expect(files.filter((file) => !/^(dist\/(esm|cjs)\/[\w-]+\.(js|d\.ts)|dist\/(esm|cjs)\/package\.json|CHANGELOG\.md|README\.md|package\.json)$/.test(file))).toEqual([])

      // Its package.json needs js-sdk alone, as a peer; its types import nothing but js-sdk and each other, and hold no `any`.
      const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"))
      expect({ dependencies: manifest.dependencies, peerDependencies: manifest.peerDependencies }).toEqual({
        dependencies: undefined,
        peerDependencies: { "@medusajs/js-sdk": "^2.21.2" },
      })
      expect(JSON.stringify(manifest)).not.toMatch(/zod|@medusajs\/framework/)
      const declarations = listFiles(installed).filter((file) => file.endsWith(".d.ts"))
      expect(declarations.length).toBeGreaterThanOrEqual(12)
      for (const file of declarations) {
        const { imports, anys } = declarationFacts(file)
        expect({ file: relative(installed, file), foreign: imports.filter((s) => !s.startsWith(".") && s !== "@medusajs/js-sdk"), anys }).toEqual({
          file: relative(installed, file),
          foreign: [],
          anys: 0,
        })
        expect(readFileSync(file, "utf8")).not.toMatch(/zod|@medusajs\/framework/)
      }
      // The project has nothing else: no zod, no Medusa but the js-sdk.
      const modules = readdirSync(join(outsideDir, "node_modules"))
      expect(modules).not.toContain("zod")
      expect(readdirSync(join(outsideDir, "node_modules", "@medusajs"))).toEqual(["js-sdk"])

      // The compiled example runs its journey against this server, in a process of its own, on both builds.
      const runner = [
        `import { createRequire } from "node:module"`,
        `import { runJourney } from "./out/journey.js"`,
        `const summary = await runJourney(JSON.parse(process.argv[2]))`,
        `const esm = await import("@sweetspot/sdk")`,
        `const cjs = createRequire(import.meta.url)("@sweetspot/sdk")`,
        `const builds = Object.fromEntries(Object.entries({ esm, cjs }).map(([name, m]) => [name, { sweetspot: typeof m.sweetspot, error: new m.SweetSpotApiError(409, "conflict", "taken", "domain_conflict") instanceof Error }]))`,
        `console.log(JSON.stringify({ ...summary, builds }))`,
      ].join("\n")
      writeFileSync(join(outsideDir, "run.mjs"), runner)
      const options = {
        baseUrl: baseUrl(),
        publishableKey: shop.publishableKey,
        shopper: { email: "outside@sweetspot.test", password: "outside-pass-1" },
        staff: TEST_ADMIN,
      }
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      // The journey registers a shopper and places one order: their emails are sent before the test ends.
      // (The waits' own limit is the journey's length.)
      const emailed = ["customer.created", "order.placed"].map((event) => TestEventUtils.waitSubscribersExecution(event, eventBus, { timeout: 150 * 1000 }))
      emailed.forEach((wait) => wait.catch(() => undefined))
      const { stdout } = await runOrFail(process.execPath, ["run.mjs", JSON.stringify(options)], outsideDir)
      await Promise.all(emailed)
      const summary = JSON.parse(stdout.trim().split("\n").pop()!)

      expect(summary).toEqual({
        customer: { id: expect.stringMatching(/^cus_/), email: "outside@sweetspot.test" },
        order: {
          id: expect.stringMatching(/^order_/),
          status: "pending",
          adjustment: 2,
          bookedStart: expect.any(String),
          myMessages: ["Happy birthday Mum"],
        },
        explanation: expect.stringContaining("Northern Whisk"),
        office: {
          flavour: "vanilla",
          onTime: null,
          closedDays: 1,
          affected: 0,
          messages: ["Happy birthday Mum"],
          // Not out for delivery yet: no estimate to refresh.
          minutes: null,
          deleted: true,
        },
        builds: { esm: { sweetspot: "function", error: true }, cjs: { sweetspot: "function", error: true } },
      })
      // The server agrees: the order is the shopper's, with the cake as the example chose it.
      const admin = new Medusa({ baseUrl: baseUrl(), auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await admin.auth.login("user", "emailpass", TEST_ADMIN)
      const details = await sweetspot(admin).admin.orders.cakeDetails(summary.order.id)
      expect(details.items.map((item) => item.customization)).toEqual([
        expect.objectContaining({ message: "Happy birthday Mum", egg_version: "eggless", toppings: ["Sprinkles"], notes: "Candles on the side" }),
      ])
    })

    it("serves the OpenAPI document of SweetSpot's routes to a client with the publishable key", async () => {
      const document = await storefront().client.fetch<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
        "/store/sweetspot/openapi.json"
      )
      expect(document.openapi).toEqual("3.1.0")
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/store/carts/{id}/cakes", "/admin/bakeries/{id}/stats"]))
      expect(document.paths["/store/carts/{id}/cakes"].post).toBeDefined()

      const withoutKey = new Medusa({ baseUrl: baseUrl() })
      const refused = (await thrown(withoutKey.client.fetch("/store/sweetspot/openapi.json"))) as FetchError
      expect(refused.status).toEqual(400)
      expect(refused.message).toContain("Publishable API key required")
    })
  },
})
