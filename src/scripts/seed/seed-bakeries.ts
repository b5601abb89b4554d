import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBakeriesWorkflow } from "../../workflows/bakery/workflows/create-bakeries"
import { updateBakeryCakesWorkflow } from "../../workflows/bakery/workflows/update-bakery-cakes"
import { upsertCakeProfileWorkflow } from "../../workflows/cake/workflows/upsert-cake-profile"
import { DEMO_BAKERIES, DEMO_CAKES } from "./demo-data"

/**
 * The demo bakeries, each cake linked to its bakery and given its cake profile.
 * Missing pieces only: a bakery or profile staff have edited is left as it is.
 * Returns bakery ids by handle.
 */
export async function seedBakeries(
  container: MedusaContainer,
  productIdsByHandle: Record<string, string>
): Promise<Record<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = DEMO_BAKERIES.map((b) => b.handle)
  const { data: existing } = await query.graph({ entity: "bakery", fields: ["id", "handle"], filters: { handle: handles } })
  const missing = DEMO_BAKERIES.filter((b) => !existing.some((e) => e.handle === b.handle))
  const created = missing.length
    ? (await createBakeriesWorkflow(container).run({ input: { bakeries: missing } })).result
    : []
  const bakeryIds: Record<string, string> = Object.fromEntries(
    [...existing, ...created].map((b) => [b.handle, b.id])
  )

  const productIds = DEMO_CAKES.map((cake) => productIdsByHandle[cake.handle])
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "bakery.id", "cake_profile.id"],
    filters: { id: productIds },
  })
  const byId = new Map(products.map((p: any) => [p.id, p]))

  for (const bakery of DEMO_BAKERIES) {
    const add = DEMO_CAKES.filter((cake) => cake.bakery === bakery.handle)
      .map((cake) => productIdsByHandle[cake.handle])
      .filter((id) => !byId.get(id)?.bakery)
    if (add.length) {
      await updateBakeryCakesWorkflow(container).run({ input: { bakery_id: bakeryIds[bakery.handle], add } })
    }
  }

  for (const cake of DEMO_CAKES) {
    const productId = productIdsByHandle[cake.handle]
    if (!byId.get(productId)?.cake_profile) {
      await upsertCakeProfileWorkflow(container).run({ input: { product_id: productId, ...cake.profile } })
    }
  }

  return bakeryIds
}
