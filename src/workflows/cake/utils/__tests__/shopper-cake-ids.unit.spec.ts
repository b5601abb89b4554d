import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import BakeryProductLink from "../../../../links/bakery-product"
import ProductCakeProfileLink from "../../../../links/product-cake-profile"
import { bumpCatalogStamps, CATALOG_STAMP } from "../../../catalog/utils/catalog-stamps"
import { CAKE_CATALOG_CACHE_TAG, forgetCakeCatalogComputations } from "../cake-catalog-cache"
import { shopperCakeOrder } from "../shopper-cake-ids"

// Link definitions need Medusa's module registry; the query below only needs their entry points.
jest.mock("../../../../links/bakery-product", () => ({ __esModule: true, default: { entryPoint: "bakery_product" } }))
jest.mock("../../../../links/product-cake-profile", () => ({ __esModule: true, default: { entryPoint: "product_cake_profile" } }))

/** A query step that waits until released, once armed. */
function gate() {
  let release!: () => void
  let armed = false
  let reached!: () => void
  const reachedPromise = new Promise<void>((resolve) => (reached = resolve))
  const opened = new Promise<void>((resolve) => (release = resolve))
  return {
    arm: () => void (armed = true),
    pass: async () => {
      if (armed) {
        armed = false
        reached()
        await opened
      }
    },
    reached: reachedPromise,
    release: () => release(),
  }
}

/**
 * A bakery baking published cakes in the key's channel (one unless told), behind a
 * caching module that is a plain map (cleared by key or by tag) and a query that reads
 * the rows as they are when asked and keeps each query's filters. One product with a
 * cake profile is baked by no bakery. `linksGate` holds the bakery-product links' read once armed.
 */
function shop(cakes = 1) {
  const rows = { bakeryActive: true }
  const productIds = Array.from({ length: cakes }, (_, i) => `prod_${i + 1}`)
  const linksGate = gate()
  const asked: Record<string, Record<string, unknown>[]> = {}
  const entries = new Map<string, { data: unknown; tags: string[] }>()
  const caching = {
    get: async ({ key }: { key: string }) => entries.get(key)?.data ?? null,
    set: async ({ key, data, tags = [] }: { key: string; data: unknown; tags?: string[] }) => void entries.set(key, { data, tags }),
    clear: async ({ key, tags }: { key?: string; tags?: string[] }) => {
      for (const [k, entry] of entries) {
        if (k === key || entry.tags.some((tag) => tags?.includes(tag))) {
          entries.delete(k)
        }
      }
    },
  }
  /** Rows whose `field` is in the filter's list, or every row without one. */
  const matching = <T extends Record<string, unknown>>(all: T[], filters: Record<string, unknown> = {}, field: string) => {
    const wanted = filters[field] as string[] | undefined
    return wanted ? all.filter((row) => wanted.includes(row[field] as string)) : all
  }
  const query = {
    graph: async ({ entity, filters }: { entity: string; filters?: Record<string, unknown> }) => {
      ;(asked[entity] ??= []).push(filters ?? {})
      switch (entity) {
        case "bakery":
          return { data: rows.bakeryActive ? [{ id: "bak_1" }] : [] }
        case BakeryProductLink.entryPoint:
          await linksGate.pass()
          return { data: productIds.map((product_id) => ({ product_id })) }
        case ProductCakeProfileLink.entryPoint: {
          const links = [...productIds, "prod_unbaked"].map((product_id) => ({ product_id, cake_profile_id: `cprof_${product_id}` }))
          return { data: matching(links, filters, "product_id") }
        }
        case "cake_profile": {
          const profiles = [...productIds, "prod_unbaked"].map((id) => ({ id: `cprof_${id}`, flavour: "Lemon", egg_options: ["egg"], is_available: true }))
          return { data: matching(profiles, filters, "id") }
        }
        case "product_sales_channel":
          return { data: productIds.map((product_id) => ({ product_id })) }
        case "product":
          return { data: productIds.map((id) => ({ id })) }
        default:
          throw new Error(`unexpected entity ${entity}`)
      }
    },
  }
  const container = {
    resolve: (name: string) => (name === Modules.CACHING ? caching : name === ContainerRegistrationKeys.QUERY ? query : undefined),
  } as unknown as MedusaContainer
  return { rows, linksGate, asked, container }
}

describe("shopperCakeOrder", () => {
  beforeEach(() => forgetCakeCatalogComputations())

  it("does not keep a listing worked out from a catalog read before a change that finished after it", async () => {
    const { rows, linksGate, container } = shop()
    const filters = { sales_channel_ids: ["sc_1"] }
    linksGate.arm()
    // A listing reads the active bakeries, then waits on its next read...
    const straddling = shopperCakeOrder(container, filters)
    await linksGate.reached
    // ...while the bakery is deactivated, the way update-bakeries does it: written,
    // the cake catalog cache cleared, the catalog stamp bumped.
    rows.bakeryActive = false
    forgetCakeCatalogComputations()
    await container.resolve(Modules.CACHING).clear({ tags: [CAKE_CATALOG_CACHE_TAG] })
    await bumpCatalogStamps(container, [CATALOG_STAMP])
    // It finishes after all that, with the bakery's cake in it.
    linksGate.release()
    expect(await straddling).toEqual(["prod_1"])

    expect(await shopperCakeOrder(container, filters)).toEqual([])
  })

  it("answers from the cache while the catalog stamp holds", async () => {
    const { rows, container } = shop()
    const filters = { sales_channel_ids: ["sc_1"] }
    expect(await shopperCakeOrder(container, filters)).toEqual(["prod_1"])
    rows.bakeryActive = false
    expect(await shopperCakeOrder(container, filters)).toEqual(["prod_1"])
    await bumpCatalogStamps(container, [CATALOG_STAMP])
    expect(await shopperCakeOrder(container, filters)).toEqual([])
  })

  it("reads profiles without an id list past 10,000 cakes (PostgreSQL takes at most 65,535 parameters), and still only baked cakes", async () => {
    const { asked, container } = shop(10_001)
    const order = await shopperCakeOrder(container, { sales_channel_ids: ["sc_1"] })
    expect(order).toHaveLength(10_001)
    expect(order).not.toContain("prod_unbaked")
    expect(asked[ProductCakeProfileLink.entryPoint]).toEqual([{}])
    expect(asked["cake_profile"]).toEqual([{}])
  })

  it("names the cakes in its queries while there are few", async () => {
    const { asked, container } = shop(2)
    expect(await shopperCakeOrder(container, { sales_channel_ids: ["sc_1"] })).toEqual(["prod_1", "prod_2"])
    expect(asked[ProductCakeProfileLink.entryPoint]).toEqual([{ product_id: ["prod_1", "prod_2"] }])
    expect(asked["cake_profile"]).toEqual([{ id: ["cprof_prod_1", "cprof_prod_2"] }])
  })
})
