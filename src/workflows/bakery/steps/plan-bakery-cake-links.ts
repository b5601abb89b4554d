import { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import BakeryProductLink from "../../../links/bakery-product"
import { domainConflict } from "../../../errors/domain-conflict"
import { BAKERY_MODULE } from "../../../modules/bakery"

export type PlanBakeryCakeLinksInput = { bakery_id: string; add: string[]; remove: string[] }
export type PlanBakeryCakeLinksOutput = { create: LinkDefinition[]; dismiss: LinkDefinition[] }

export const planBakeryCakeLinksStepId = "plan-bakery-cake-links"

const linkOf = (bakeryId: string, productId: string): LinkDefinition => ({
  [BAKERY_MODULE]: { bakery_id: bakeryId },
  [Modules.PRODUCT]: { product_id: productId },
})

/**
 * Checks the bakery and the products to add exist and that no product to add
 * already belongs to another bakery (a cake has one kitchen); answers the links
 * to create and to dismiss. Products already in place are left alone.
 */
export const planBakeryCakeLinksStep = createStep(
  planBakeryCakeLinksStepId,
  async (input: PlanBakeryCakeLinksInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [bakery] } = await query.graph({
      entity: "bakery",
      fields: ["id", "name"],
      filters: { id: input.bakery_id },
    })
    if (!bakery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${input.bakery_id} was not found`)
    }

    const both = input.remove.find((id) => input.add.includes(id))
    if (both) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Product ${both} is both in add and in remove`)
    }

    const mentioned = [...new Set([...input.add, ...input.remove])]
    const [{ data: products }, { data: links }] = await Promise.all([
      query.graph({ entity: "product", fields: ["id"], filters: { id: input.add } }),
      query.graph({
        entity: BakeryProductLink.entryPoint,
        fields: ["bakery_id", "product_id", "bakery.name"],
        filters: { product_id: mentioned },
      }),
    ])
    const unknown = input.add.find((id) => !products.some((p) => p.id === id))
    if (unknown) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${unknown} was not found`)
    }
    const elsewhere = links.find((l) => input.add.includes(l.product_id) && l.bakery_id !== bakery.id)
    if (elsewhere) {
      throw domainConflict(
        `Product ${elsewhere.product_id} is already baked by ${elsewhere.bakery?.name ?? elsewhere.bakery_id}; remove it there first`
      )
    }

    const linkedHere = new Set(links.filter((l) => l.bakery_id === bakery.id).map((l) => l.product_id))
    return new StepResponse<PlanBakeryCakeLinksOutput>({
      create: input.add.filter((id) => !linkedHere.has(id)).map((id) => linkOf(bakery.id, id)),
      dismiss: input.remove.filter((id) => linkedHere.has(id)).map((id) => linkOf(bakery.id, id)),
    })
  }
)
