// `medusa exec ./bench/grow-catalog.ts <seed.json> <total>`: adds bench cakes until the catalog
// holds `total` of them, in bulk: the product, pricing and cake modules' own bulk creates and one
// link call per batch of 250, not one workflow run per product (about 40 s per 1,000 cakes here). The
// rows are the ones createProductsWorkflow and the cake-profile route write: products with a
// Size option and two variants, a price set per variant linked to it, the sales channel, the
// shipping profile, a cake profile and a bakery.
import { ExecArgs, LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { readFileSync } from "node:fs"
import { BAKERY_MODULE } from "../src/modules/bakery"
import { CAKE_MODULE } from "../src/modules/cake"

const FLAVOURS = ["chocolate", "vanilla", "lemon", "red velvet", "carrot", "coffee", "strawberry", "caramel"]
const SIZES = ['6" (serves 8)', '8" (serves 12)']
/** The product module's bulk create costs more than linearly in its batch: 250 took about half the time per cake of batches of 1,000. */
const CHUNK = 250

export default async function growCatalog({ container, args }: ExecArgs) {
  const seed = JSON.parse(readFileSync(args[0], "utf8"))
  const total = Number(args[1])
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const products = container.resolve(Modules.PRODUCT)
  const pricing = container.resolve(Modules.PRICING)
  const cakes = container.resolve(CAKE_MODULE) as any
  const { data: [profile] } = await query.graph({ entity: "shipping_profile", fields: ["id"] })
  const [, existing] = await products.listAndCountProducts({ handle: { $like: "bench-cake-%" } }, { take: 1, select: ["id"] })

  for (let start = existing; start < total; start += CHUNK) {
    const numbers = Array.from({ length: Math.min(CHUNK, total - start) }, (_, k) => start + k)
    const created = await products.createProducts(
      numbers.map((i) => ({
        title: `Bench Cake ${i + 1} ${FLAVOURS[i % FLAVOURS.length]}`,
        handle: `bench-cake-${i + 1}`,
        status: ProductStatus.PUBLISHED,
        options: [{ title: "Size", values: SIZES }],
        variants: SIZES.map((size, s) => ({ title: size, sku: `BENCH-${i + 1}-${s}`, options: { Size: size }, manage_inventory: false })),
      }))
    )
    const variants = created.flatMap((product, k) =>
      (product.variants ?? []).map((variant) => ({ variant, amount: 20 + (numbers[k] % 10) + (variant.title === SIZES[1] ? 10 : 0) }))
    )
    const priceSets = await pricing.createPriceSets(variants.map(({ amount }) => ({ prices: [{ currency_code: "gbp", amount }] })))
    const profiles = await cakes.createCakeProfiles(
      numbers.map((i) => ({
        flavour: FLAVOURS[i % FLAVOURS.length],
        egg_options: i % 3 === 0 ? ["eggless"] : ["egg", "eggless"],
        shapes: [{ name: "Round", surcharge: 0 }, { name: "Heart", surcharge: 5 }],
        toppings: [{ name: "Sprinkles", price: 1.5 }, { name: "Fresh berries", price: 4 }],
        max_message_length: 60,
        is_available: i % 10 !== 9,
      }))
    )
    const links: LinkDefinition[] = [
      ...variants.map(({ variant }, k) => ({ [Modules.PRODUCT]: { variant_id: variant.id }, [Modules.PRICING]: { price_set_id: priceSets[k].id } })),
      ...created.flatMap((product, k): LinkDefinition[] => [
        { [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: seed.sales_channel_id } },
        { [Modules.PRODUCT]: { product_id: product.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id } },
        { [Modules.PRODUCT]: { product_id: product.id }, [CAKE_MODULE]: { cake_profile_id: profiles[k].id } },
        { [BAKERY_MODULE]: { bakery_id: seed.bakery_ids[numbers[k] % seed.bakery_ids.length] }, [Modules.PRODUCT]: { product_id: product.id } },
      ]),
    ]
    await link.create(links)
  }
  logger.info(`Bench catalog: ${Math.max(existing, total)} cakes`)
}
