import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CakePhoto } from "../../../types/cake/cake-options"
import { orphanedCakePhotos } from "../rules/orphan-cake-photos"

export type OrphanCakePhoto = { id: string; photo: CakePhoto }

const PAGE = 500

export const findOrphanCakePhotosStepId = "find-orphan-cake-photos"

/**
 * The photos of carts that never became orders and have not changed for `days`
 * days (rules/orphan-cake-photos): customisations with a photo not changed since
 * the cutoff, a page at a time, then their carts and order lines (three queries a
 * page). Writes nothing.
 */
export const findOrphanCakePhotosStep = createStep(
  findOrphanCakePhotosStepId,
  async (input: { now: string; days: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const now = new Date(input.now)
    const cutoff = new Date(now.getTime() - input.days * 86400000)
    const orphans: OrphanCakePhoto[] = []
    for (let skip = 0; ; skip += PAGE) {
      const { data: customizations } = await query.graph({
        entity: "cake_customization",
        fields: ["id", "photo", "cart_id", "updated_at", "order_line_item.id"],
        // Medusa's generated filter types have no operators for a JSON column.
        filters: { photo: { $ne: null }, updated_at: { $lt: cutoff } } as Record<string, unknown>,
        pagination: { skip, take: PAGE, order: { id: "ASC" } },
      })
      const cartIds = [...new Set(customizations.map((c: any) => c.cart_id).filter(Boolean))] as string[]
      const { data: carts } = cartIds.length
        ? await query.graph({ entity: "cart", fields: ["id", "completed_at", "updated_at"], filters: { id: cartIds } })
        : { data: [] as any[] }
      const cartById = new Map<string, any>(carts.map((cart: any) => [cart.id as string, cart] as const))
      const holders = customizations.map((c: any) => ({
        id: c.id as string,
        file_id: c.photo.file_id as string,
        updated_at: c.updated_at,
        ordered: Boolean(c.order_line_item),
        cart: (c.cart_id && cartById.get(c.cart_id)) || null,
      }))
      const photoOf = new Map<string, CakePhoto>(customizations.map((c: any) => [c.id as string, c.photo as CakePhoto]))
      orphans.push(...orphanedCakePhotos(holders, { now, days: input.days }).map(({ id }) => ({ id, photo: photoOf.get(id)! })))
      if (customizations.length < PAGE) {
        return new StepResponse(orphans)
      }
    }
  }
)
