import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBakeriesWorkflow } from "../../workflows/bakery/workflows/create-bakeries"
import { setUpBakeryFulfillmentWorkflow } from "../../workflows/bakery/workflows/set-up-bakery-fulfillment"
import { updateBakeriesWorkflow } from "../../workflows/bakery/workflows/update-bakeries"
import { updateBakeryCakesWorkflow } from "../../workflows/bakery/workflows/update-bakery-cakes"
import { upsertCakeProfileWorkflow } from "../../workflows/cake/workflows/upsert-cake-profile"
import { DEMO_BAKERIES, DEMO_CAKES } from "./demo-data"

/**
 * The demo bakeries, each with its stock location and "Collect from" and
 * "Delivery by" options, each cake linked to its bakery and given its cake
 * profile. Missing pieces only: a bakery or profile staff have edited is left as
 * it is. Returns bakery ids by handle.
 */
export async function seedBakeries(
  container: MedusaContainer,
  productIdsByHandle: Record<string, string>
): Promise<Record<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = DEMO_BAKERIES.map((b) => b.handle)
  const { data: existing } = await query.graph({
    entity: "bakery",
    fields: ["id", "handle", "delivery_fees", "stock_location.id"],
    filters: { handle: handles },
  })
  const missing = DEMO_BAKERIES.filter((b) => !existing.some((e) => e.handle === b.handle))
  const created = missing.length
    ? (await createBakeriesWorkflow(container).run({ input: { bakeries: missing } })).result
    : []
  const bakeryIds: Record<string, string> = Object.fromEntries(
    [...existing, ...created].map((b) => [b.handle, b.id])
  )

  // A bakery seeded before it had a location or delivery fees gets the demo fees once, as its location is made.
  const upgraded = existing.filter((b: any) => !b.stock_location && !(b.delivery_fees as unknown[] | null)?.length)
  if (upgraded.length) {
    await updateBakeriesWorkflow(container).run({
      input: {
        bakeries: upgraded.map((b) => ({
          id: b.id,
          delivery_fees: DEMO_BAKERIES.find((demo) => demo.handle === b.handle)!.delivery_fees,
        })),
      },
    })
  }
  await setUpBakeryFulfillmentWorkflow(container).run({ input: { bakery_ids: Object.values(bakeryIds) } })

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
