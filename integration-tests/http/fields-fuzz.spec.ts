import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"
import { settleWorkflows } from "../helpers/settle"
import { bookFirstSlot, checkout, createCart, registerShopper } from "../helpers/shopper"

jest.setTimeout(600 * 1000)

/** Entity -> relation alias -> entity, as `fields` can follow them. */
type Graph = Map<string, Map<string, string>>

/**
 * Medusa's own relations that lead from the entities SweetSpot's routes answer to
 * the entities SweetSpot's links extend (carts to their lines, lines to products,
 * orders to customers...).
 */
const MEDUSA_RELATIONS: [string, string, string][] = [
  ["Cart", "items", "LineItem"],
  ["Cart", "customer", "Customer"],
  ["LineItem", "product", "Product"],
  ["LineItem", "variant", "ProductVariant"],
  ["LineItem", "cart", "Cart"],
  ["Order", "items", "OrderLineItem"],
  ["Order", "customer", "Customer"],
  ["OrderLineItem", "product", "Product"],
  ["OrderLineItem", "variant", "ProductVariant"],
  ["Product", "variants", "ProductVariant"],
  ["ProductVariant", "product", "Product"],
  ["Customer", "orders", "Order"],
]

/**
 * The relations SweetSpot's links add, read from the links' own definitions at
 * runtime (Medusa's joiner configs): each side's alias (`customer.cake_customizations`)
 * and its link entity (`customer.cake_customization_link.cake_customization`), and
 * each read-only link's one relation (`line_item.cake_customization`,
 * `cake_customization.cake`, `order.delivery_estimate`).
 */
function linkGraph(): Graph {
  const graph: Graph = new Map()
  const edge = (from: string, alias: string, to: string) => {
    graph.set(from, graph.get(from) ?? new Map())
    graph.get(from)!.set(alias, to)
  }
  const ours = /bakery|cake|delivery/i
  for (const config of MedusaModule.getAllJoinerConfigs() as any[]) {
    // A read-only link has no link entity: one relation straight to the other side.
    if (config.isReadOnlyLink) {
      for (const extension of config.extends as any[]) {
        if (ours.test(`${extension.serviceName} ${extension.relationship.serviceName}`)) {
          edge(extension.entity, extension.relationship.alias, extension.relationship.entity)
        }
      }
      continue
    }
    if (!config.isLink || !ours.test(String(config.serviceName))) {
      continue
    }
    const sides = config.relationships as { entity: string; alias: string }[]
    for (const extension of config.extends as any[]) {
      const other = sides.find((side) => side.entity !== extension.entity) ?? sides[1]
      for (const alias of Object.keys(extension.fieldAlias ?? {})) {
        edge(extension.entity, alias, other.entity)
      }
      // The link entity itself, and from it either side.
      const linkEntity = extension.relationship.entity as string
      edge(extension.entity, extension.relationship.alias, linkEntity)
      for (const side of sides) {
        edge(linkEntity, side.alias, side.entity)
      }
    }
  }
  for (const [from, alias, to] of MEDUSA_RELATIONS) {
    edge(from, alias, to)
  }
  return graph
}

/** Every relation path up to `depth` from `root` that goes through at least one of SweetSpot's links. */
function relationPaths(graph: Graph, root: string, depth = 3): string[] {
  const paths: string[] = []
  const walk = (entity: string, prefix: string[], viaLink: boolean) => {
    if (prefix.length === depth) {
      return
    }
    for (const [alias, target] of graph.get(entity) ?? []) {
      const through = viaLink || !MEDUSA_RELATIONS.some(([from, a]) => from === entity && a === alias)
      const path = [...prefix, alias]
      if (through) {
        paths.push(path.join("."))
      }
      walk(target, path, through)
    }
  }
  walk(root, [], false)
  return [...new Set(paths)]
}

/** Each path asked for in full, as a star field, and its likeliest secrets by name. */
const asFields = (path: string) => [`*${path}`, `${path}.message`, `${path}.notes`, `${path}.email`, `${path}.cart_id`]

const chunk = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))

/**
 * `fields` on every route that takes it, SweetSpot's and Medusa's that carry cake
 * fields, never reaches another customer's records: every relation path up to
 * three deep that passes through one of SweetSpot's links is asked for, and no
 * answer holds the victim's messages, notes, email, cart or order.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let secrets: string[]
    let calls: { title: string; root: string; request: (fields: string) => Promise<any> }[]

    beforeAll(async () => {
      const shop = await seedDemoShop(getContainer())
      const store = shop.storeHeaders
      const admin = await adminHeaders(api, getContainer())
      const bakeryId = shop.bakeryIdsByHandle["crumb-and-co"]
      const { data: cake } = await api.get(`/store/cakes/${shop.productIdsByHandle["lemon-drizzle"]}`, { headers: store })
      const variant_id = cake.cake.variants[0].id

      // The victim: a placed order and an open cart, both with a cake of the product everyone can see.
      const victim = await registerShopper(api, store, "victim@sweetspot.test")
      const placed = await createCart(api, victim, shop.regionId)
      await api.post(`/store/carts/${placed.id}/cakes`, { variant_id, customization: { message: "VICTIM-MESSAGE-1", notes: "VICTIM-NOTE" } }, { headers: victim })
      await bookFirstSlot(api, victim, bakeryId, placed.id)
      const order = await checkout(api, victim, placed.id, "victim@sweetspot.test")
      const open = await createCart(api, victim, shop.regionId)
      await api.post(`/store/carts/${open.id}/cakes`, { variant_id, customization: { message: "VICTIM-MESSAGE-2" } }, { headers: victim })
      const { data: me } = await api.get("/store/customers/me", { headers: victim })

      // The attacker: a shopper with their own cart, cake line and order, asking through their own doors.
      const attacker = await registerShopper(api, store, "attacker@sweetspot.test")
      const own = await createCart(api, attacker, shop.regionId)
      const { data: added } = await api.post(`/store/carts/${own.id}/cakes`, { variant_id }, { headers: attacker })
      const ownOrderCart = await createCart(api, attacker, shop.regionId)
      await api.post(`/store/carts/${ownOrderCart.id}/cakes`, { variant_id }, { headers: attacker })
      await bookFirstSlot(api, attacker, bakeryId, ownOrderCart.id)
      const ownOrder = await checkout(api, attacker, ownOrderCart.id, "attacker@sweetspot.test")

      secrets = ["VICTIM-MESSAGE-1", "VICTIM-MESSAGE-2", "VICTIM-NOTE", "victim@sweetspot.test", placed.id, open.id, order.id, me.customer.id]
      const productId = shop.productIdsByHandle["lemon-drizzle"]
      const lineId = added.cart.items[0].id
      const get = (url: string, headers: Record<string, string>) => (fields: string) =>
        api.get(`${url}${url.includes("?") ? "&" : "?"}fields=${encodeURIComponent(fields)}`, { headers, validateStatus: () => true })
      const post = (url: string, body: () => Record<string, unknown>, headers: Record<string, string>) => (fields: string) =>
        api.post(`${url}?fields=${encodeURIComponent(fields)}`, body(), { headers, validateStatus: () => true })
      // Each add is a cake of its own (a new message), so no line reaches the cap of 20.
      let adds = 0

      calls = [
        { title: "GET /store/cakes", root: "Product", request: get(`/store/cakes?region_id=${shop.regionId}`, attacker) },
        { title: "GET /store/cakes/:id", root: "Product", request: get(`/store/cakes/${productId}`, attacker) },
        { title: "GET /store/bakeries", root: "Bakery", request: get("/store/bakeries", attacker) },
        { title: "GET /store/bakeries/:id", root: "Bakery", request: get(`/store/bakeries/${bakeryId}`, attacker) },
        { title: "POST /store/carts/:id/cakes", root: "Cart", request: post(`/store/carts/${own.id}/cakes`, () => ({ variant_id, customization: { message: `fuzz ${++adds}` } }), attacker) },
        { title: "POST /store/carts/:id/cakes/:line_id", root: "Cart", request: post(`/store/carts/${own.id}/cakes/${lineId}`, () => ({ quantity: 1 }), attacker) },
        // Taking a photo off answers the same cart (a line without a photo keeps it as it is).
        {
          title: "DELETE /store/carts/:id/cakes/:line_id/photo",
          root: "Cart",
          request: (fields: string) =>
            api.delete(`/store/carts/${own.id}/cakes/${lineId}/photo?fields=${encodeURIComponent(fields)}`, { headers: attacker, validateStatus: () => true }),
        },
        { title: "GET /store/customers/me/cake-customizations", root: "CakeCustomization", request: get("/store/customers/me/cake-customizations", attacker) },
        { title: "GET /store/carts/:id (Medusa)", root: "Cart", request: get(`/store/carts/${own.id}`, attacker) },
        { title: "GET /store/orders/:id (Medusa)", root: "Order", request: get(`/store/orders/${ownOrder.id}`, attacker) },
        { title: "GET /store/orders (Medusa)", root: "Order", request: get("/store/orders", attacker) },
        { title: "GET /store/products (Medusa)", root: "Product", request: get("/store/products", attacker) },
        { title: "GET /store/products/:id (Medusa)", root: "Product", request: get(`/store/products/${productId}`, attacker) },
        // Staff see every order; the bakery route still answers only the bakery and its cakes.
        { title: "GET /admin/bakeries", root: "Bakery", request: get("/admin/bakeries", admin) },
        { title: "GET /admin/bakeries/:id", root: "Bakery", request: get(`/admin/bakeries/${bakeryId}`, admin) },
      ]
      await settleWorkflows(utils, getContainer())
    })

    it("builds its paths from SweetSpot's links", () => {
      const graph = linkGraph()
      expect(relationPaths(graph, "Product")).toEqual(expect.arrayContaining(["cake_profile", "bakery.orders", "bakery.products.cake_profile"]))
      expect(relationPaths(graph, "Cart")).toEqual(expect.arrayContaining(["items.cake_customization.customer", "items.cake_customization.cake", "delivery_slot.cart"]))
      // The read-only links: through the customisation's and the estimate's own columns.
      expect(relationPaths(graph, "Order")).toEqual(expect.arrayContaining(["delivery_estimate", "items.cake_customization.cake"]))
    })

    it("finds the victim's secrets where they are meant to be seen", async () => {
      // The probe is real: the victim's own order shows the message these requests hunt for.
      const query = getContainer().resolve("query")
      const { data } = await query.graph({ entity: "cake_customization", fields: ["message"], filters: { message: "VICTIM-MESSAGE-1" } })
      expect(data).toHaveLength(1)
    })

    it("never answers another customer's records through any relation path, on any route", async () => {
      const graph = linkGraph()
      const failures: string[] = []
      const probe = async (call: (typeof calls)[number], batch: string[]) => {
        const response = await call.request(batch.join(","))
        const text = JSON.stringify(response.data)
        if (response.status >= 500) {
          failures.push(`${call.title}: ${response.status} for ${batch.join(",")}`)
        }
        for (const secret of secrets.filter((s) => text.includes(s))) {
          failures.push(`${call.title}: "${secret}" through ${batch.join(",")}`)
        }
        return response.status
      }
      for (const call of calls) {
        const fields = relationPaths(graph, call.root).flatMap(asFields)
        expect(fields.length).toBeGreaterThan(10)
        for (const batch of chunk(fields, 40)) {
          // A refused batch proves nothing about its fields one by one: ask for each alone.
          if ((await probe(call, batch)) >= 400 && batch.length > 1) {
            for (const field of batch) {
              await probe(call, [field])
            }
          }
        }
      }
      expect(failures).toEqual([])
    })
  },
})
