import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../helpers/admin-headers"
import { seedDemoShop } from "../helpers/demo-shop"

jest.setTimeout(120 * 1000)

/**
 * The cake listing's cost must not grow with the page: a fixed number of SQL
 * statements and exactly one product query.graph, whether it answers 1 cake or 7;
 * and once the catalog is cached, no bakery or cake-profile query at all.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>

    beforeEach(async () => {
      shop = await seedDemoShop(getContainer())
    })

    /** Runs the request and answers its body with the SQL statements and query.graph entities it caused. */
    async function measured(path: string) {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const statements: string[] = []
      const onQuery = (q: { sql: string }) => statements.push(q.sql)
      const graph = jest.spyOn(query, "graph")
      knex.on("query", onQuery)
      try {
        const { data } = await api.get(path, { headers: shop.storeHeaders })
        return { data, statements, graphs: graph.mock.calls.map(([config]) => config.entity) }
      } finally {
        knex.off("query", onQuery)
        graph.mockRestore()
      }
    }

    it("runs the same statements for a page of 1 cake as for 7, and one product query.graph", async () => {
      // The first listing also works out (and caches) which products are cakes.
      await measured(`/store/cakes?region_id=${shop.regionId}&limit=1`)
      const one = await measured(`/store/cakes?region_id=${shop.regionId}&limit=1`)
      const seven = await measured(`/store/cakes?region_id=${shop.regionId}&limit=7`)

      expect(one.data.cakes).toHaveLength(1)
      expect(seven.data.cakes).toHaveLength(7)
      expect(seven.statements.length).toBeGreaterThan(0)
      expect(seven.statements.length).toEqual(one.statements.length)
      expect(seven.graphs.filter((entity) => entity === "product")).toHaveLength(1)
      expect(seven.graphs).toHaveLength(one.graphs.length)
      expect(seven.graphs).not.toContain("bakery")
      // A page is a slice of the cached listing order: no sales-channel or profile links are read again.
      expect(seven.graphs).not.toContain("product_sales_channel")
      expect(seven.graphs).not.toContain("product_cake_profile")
      const later = await measured(`/store/cakes?region_id=${shop.regionId}&limit=2&offset=5`)
      expect(later.data.cakes.map((c: any) => c.id)).toEqual(seven.data.cakes.slice(5, 7).map((c: any) => c.id))
      expect(later.data.count).toEqual(seven.data.count)
      expect(later.statements.length).toEqual(one.statements.length)
    })

    it("works the catalog out again after staff change it", async () => {
      await measured(`/store/cakes?region_id=${shop.regionId}`)
      const admin = { headers: await adminHeaders(api, getContainer()) }
      await api.post(`/admin/products/${shop.productIdsByHandle["lemon-drizzle"]}/cake-profile`, { is_available: false }, admin)
      const after = await measured(`/store/cakes?region_id=${shop.regionId}&limit=50`)
      expect(after.graphs).toContain("bakery")
      expect(after.data.cakes.map((c: any) => c.handle)).not.toContain("lemon-drizzle")
    })

    it("keeps the filtered listing constant too", async () => {
      const bakery = shop.bakeryIdsByHandle["crumb-and-co"]
      await measured(`/store/cakes?region_id=${shop.regionId}&bakery_id=${bakery}&egg_option=eggless&limit=1`)
      const one = await measured(`/store/cakes?region_id=${shop.regionId}&bakery_id=${bakery}&egg_option=eggless&limit=1`)
      const all = await measured(`/store/cakes?region_id=${shop.regionId}&bakery_id=${bakery}&egg_option=eggless&limit=20`)

      expect(all.data.cakes.length).toBeGreaterThan(1)
      expect(all.statements.length).toEqual(one.statements.length)
      expect(all.graphs.filter((entity) => entity === "product")).toHaveLength(1)
    })
  },
})
