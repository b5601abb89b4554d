import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BakeryProductLink from "../../../links/bakery-product"
import ProductCakeProfileLink from "../../../links/product-cake-profile"
import { EggOption } from "../../../types/cake/cake-options"

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

/**
 * The ids of products a shopper may see as cakes under these filters: linked to
 * an active bakery, with a cake profile matching the profile filters, sold in the
 * key's sales channels. Links are queried through their entry points (query.graph
 * cannot filter products by linked fields): four small queries whatever the
 * number of cakes. Publication status, size and `q` are product fields and are
 * left to the caller's product query.
 */
export async function findShopperCakeIds(scope: MedusaContainer, filters: ShopperCakeFilters): Promise<string[]> {
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
  const candidates = bakeryLinks.map((link) => link.product_id as string)
  if (!candidates.length) {
    return []
  }

  const [{ data: profileLinks }, { data: channelLinks }] = await Promise.all([
    query.graph({
      entity: ProductCakeProfileLink.entryPoint,
      fields: ["product_id", "cake_profile.flavour", "cake_profile.egg_options", "cake_profile.is_available"],
      filters: { product_id: candidates },
    }),
    query.graph({
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: { product_id: candidates, sales_channel_id: filters.sales_channel_ids },
    }),
  ])

  const inChannel = new Set(channelLinks.map((link) => link.product_id as string))
  const flavour = filters.flavour?.toLowerCase()
  return profileLinks
    .filter(({ product_id, cake_profile: profile }) => {
      if (!profile || !inChannel.has(product_id)) return false
      if (flavour && profile.flavour.toLowerCase() !== flavour) return false
      if (filters.egg_option && !profile.egg_options.includes(filters.egg_option)) return false
      if (filters.is_available !== undefined && profile.is_available !== filters.is_available) return false
      return true
    })
    .map((link) => link.product_id as string)
}
