import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import BakeryProductLink from "../../../links/bakery-product"
import ProductCakeProfileLink from "../../../links/product-cake-profile"
import { EggOption } from "../../../types/cake/cake-options"
import { CATALOG_STAMP, readCatalogStamps } from "../../catalog/utils/catalog-stamps"
import { cachedCakeCatalog } from "./cake-catalog-cache"

export type ShopperCakeFilters = {
  /** Only these products (a retrieve passes its one id). */
  ids?: string[]
  bakery_id?: string
  flavour?: string
  egg_option?: EggOption
  /** undefined = either. */
  is_available?: boolean
  /** The sales channels of the request's publishable key. */
  sales_channel_ids: string[]
}

type CatalogFilters = Omit<ShopperCakeFilters, "sales_channel_ids">

/**
 * An id list goes into a query as one bind parameter per id, and PostgreSQL takes at
 * most 65,535 in a query: past this many, a query reads every row and the ids are
 * matched here instead.
 */
const MAX_ID_FILTER = 10_000
const byIds = <K extends string>(key: K, ids: string[]) => (ids.length <= MAX_ID_FILTER ? { [key]: ids } : {})

/**
 * The ids of products baked by an active bakery whose cake profile matches the
 * profile filters. Links are queried through their entry points (query.graph
 * cannot filter products by linked fields), and profiles on their own: four
 * queries whatever the number of cakes, none with an id list past MAX_ID_FILTER.
 */
async function bakedCakeIds(scope: MedusaContainer, filters: CatalogFilters): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: bakeries } = await query.graph({
    entity: "bakery",
    fields: ["id"],
    filters: { is_active: true, ...(filters.bakery_id ? { id: filters.bakery_id } : {}) },
  })
  if (!bakeries.length) {
    return []
  }

  const { data: bakeryLinks } = await query.graph({
    entity: BakeryProductLink.entryPoint,
    fields: ["product_id"],
    filters: {
      bakery_id: bakeries.map((b) => b.id),
      ...(filters.ids ? { product_id: filters.ids } : {}),
    },
  })
  if (!bakeryLinks.length) {
    return []
  }

  const baked = new Set(bakeryLinks.map((link) => link.product_id as string))
  const { data: profileLinks } = await query.graph({
    entity: ProductCakeProfileLink.entryPoint,
    fields: ["product_id", "cake_profile_id"],
    filters: byIds("product_id", [...baked]),
  })
  const profileOf = new Map<string, string>()
  for (const link of profileLinks) {
    if (baked.has(link.product_id as string)) {
      profileOf.set(link.cake_profile_id as string, link.product_id as string)
    }
  }
  if (!profileOf.size) {
    return []
  }

  const { data: profiles } = await query.graph({
    entity: "cake_profile",
    fields: ["id", "flavour", "egg_options", "is_available"],
    filters: byIds("id", [...profileOf.keys()]),
  })
  const flavour = filters.flavour?.toLowerCase()
  return profiles
    .filter((profile) => {
      if (!profileOf.has(profile.id)) return false
      if (flavour && profile.flavour.toLowerCase() !== flavour) return false
      if (filters.egg_option && !(profile.egg_options as unknown as EggOption[]).includes(filters.egg_option)) return false
      if (filters.is_available !== undefined && profile.is_available !== filters.is_available) return false
      return true
    })
    .map((profile) => profileOf.get(profile.id)!)
}

const catalogKey = (f: CatalogFilters) =>
  [f.bakery_id ?? "*", f.flavour?.toLowerCase() ?? "*", f.egg_option ?? "*", f.is_available ?? "*"].join("|")

/**
 * bakedCakeIds, cached under the catalog stamp: a computation that read the catalog
 * before a change and finishes after the cache was cleared keeps its answer under the
 * stamp it started with, which no request asks for once the change bumped the stamp.
 */
const cachedBakedCakeIds = (scope: MedusaContainer, stamp: string, filters: CatalogFilters) =>
  cachedCakeCatalog(scope, `baked:${stamp}:${catalogKey(filters)}`, () => bakedCakeIds(scope, filters))

/**
 * The ids of products a shopper may see as cakes under these filters: baked by an
 * active bakery, with a matching cake profile (cached, see cake-catalog-cache),
 * and sold in the key's sales channels (read each time: Medusa changes those
 * links without an event). Publication status, size and `q` are product fields
 * and are left to the caller's product query.
 */
export async function findShopperCakeIds(scope: MedusaContainer, filters: ShopperCakeFilters): Promise<string[]> {
  const { sales_channel_ids, ...catalogFilters } = filters
  // One product (a retrieve) is cheap to work out; lists are what the cache is for.
  const candidates = catalogFilters.ids
    ? await bakedCakeIds(scope, catalogFilters)
    : await cachedBakedCakeIds(scope, (await readCatalogStamps(scope, [CATALOG_STAMP]))[0], catalogFilters)
  if (!candidates.length) {
    return []
  }

  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channelLinks } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { product_id: candidates, sales_channel_id: sales_channel_ids },
  })
  const inChannel = new Set(channelLinks.map((link) => link.product_id as string))
  return candidates.filter((id) => inChannel.has(id))
}

/**
 * Every cake a shopper may see under these filters, published, in listing order
 * (title, then id): a page of the listing is a slice of it, and its length the
 * count. Kept under the catalog stamp, which moves with any change of products,
 * their sales channels, cake profiles or bakeries (see catalog-stamps), so a page
 * costs one query for its own products whatever the size of the catalog; after a
 * change, the first listing works it out again from the cake catalog (cached on its
 * own) and two queries with no list of ids in them: the channels' product links and
 * the published products in title order.
 */
export async function shopperCakeOrder(scope: MedusaContainer, filters: Omit<ShopperCakeFilters, "ids">): Promise<string[]> {
  const { sales_channel_ids, ...catalogFilters } = filters
  const [stamp] = await readCatalogStamps(scope, [CATALOG_STAMP])
  const channels = [...sales_channel_ids].sort().join(",")
  return cachedCakeCatalog(scope, `order:${stamp}:${channels}:${catalogKey(catalogFilters)}`, async () => {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const [baked, channelLinks, published] = await Promise.all([
      cachedBakedCakeIds(scope, stamp, catalogFilters),
      query.graph({ entity: "product_sales_channel", fields: ["product_id"], filters: { sales_channel_id: sales_channel_ids } }),
      query.graph({
        entity: "product",
        fields: ["id"],
        filters: { status: ProductStatus.PUBLISHED },
        pagination: { order: { title: "ASC", id: "ASC" } },
      }),
    ])
    const cakes = new Set(baked)
    const inChannel = new Set(channelLinks.data.map((link) => link.product_id as string))
    return published.data.map((product) => product.id as string).filter((id) => cakes.has(id) && inChannel.has(id))
  })
}
