import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  updateLineItemInCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CakeChoiceInput } from "../../../types/cake/cake-customization"
import { CakePhoto } from "../../../types/cake/cake-options"
import { deleteCakePhotoFilesStep } from "../steps/delete-cake-photo-files"
import { findCakeLineStep } from "../steps/find-cake-line"
import { prepareCakeLineStep } from "../steps/prepare-cake-line"
import { updateCakeCustomizationStep } from "../steps/update-cake-customization"
import { cartLockKey } from "../utils/cart-lock"
import { cakeCartWithCustomizationsFields, cakeVariantQuery } from "../utils/cake-cart-queries"

export type UpdateCakeInCartWorkflowInput = {
  cart_id: string
  line_id: string
  quantity?: number
  customization?: CakeChoiceInput
  /**
   * The line's new photo, or null to take it off; undefined keeps it. Only
   * SweetSpot's photo routes set it (the Store API's JSON body cannot).
   */
  photo?: CakePhoto | null
  customer_id?: string | null
}

export const updateCakeInCartWorkflowId = "update-cake-in-cart"

/**
 * Changes a cake line's quantity, customisation and/or photo: the new choice is
 * checked against the profile, repriced server-side and written to both the
 * customisation and the line item. A photo replaced or taken off is deleted from
 * storage last, once everything else has succeeded.
 */
export const updateCakeInCartWorkflow = createWorkflow(
  updateCakeInCartWorkflowId,
  (input: UpdateCakeInCartWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => cartLockKey(input.cart_id))
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })

    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: cakeCartWithCustomizationsFields,
      filters: { id: input.cart_id },
    }).config({ name: "get-cake-cart" })
    const cart = transform({ carts }, ({ carts }) => carts[0])
    const line = findCakeLineStep(
      transform({ input, cart }, ({ input, cart }) => ({ ...input, cart }))
    )

    const variantQuery = transform({ line, cart }, ({ line, cart }) => cakeVariantQuery(line.variant_id, cart))
    const { data: variants } = useQueryGraphStep(variantQuery as any).config({ name: "get-cake-variant" })

    const otherProductIds = transform({ cart, input }, ({ cart, input }) =>
      [...new Set(cart.items.filter((i: any) => i.id !== input.line_id).map((i: any) => i.product_id).filter(Boolean))] as string[]
    )
    const { data: cartProducts } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "bakery.id", "bakery.name"],
      filters: { id: otherProductIds },
    }).config({ name: "get-cart-bakeries" })

    const prepared = prepareCakeLineStep(
      transform({ input, cart, line, variants, cartProducts }, ({ input, cart, line, variants, cartProducts }) => {
        const current = line.cake_customization
        return {
          cart_id: input.cart_id,
          cart,
          line_id: line.id,
          variant_id: line.variant_id,
          variant: variants[0],
          cart_products: cartProducts,
          quantity: input.quantity ?? Number(line.quantity),
          customer_id: input.customer_id,
          customization: {
            message: current.message,
            egg_version: current.egg_version,
            toppings: current.toppings,
            shape: current.shape,
            notes: current.notes,
            ...input.customization,
            photo: input.photo === undefined ? current.photo ?? null : input.photo,
          },
        }
      })
    )

    updateCakeCustomizationStep(
      transform({ line, prepared }, ({ line, prepared }) => ({
        id: line.cake_customization.id,
        ...prepared.choice,
        price_adjustment: prepared.price_adjustment,
      }))
    )

    const update = transform({ input, line, prepared }, ({ input, line, prepared }) => ({
      cart_id: input.cart_id,
      item_id: line.id,
      update: {
        quantity: input.quantity ?? Number(line.quantity),
        unit_price: prepared.unit_price,
        metadata: { ...line.metadata, cake_choice_key: prepared.choice_key },
      },
    }))
    updateLineItemInCartWorkflow.runAsStep({ input: update })

    releaseLockStep({ key: lockKey })

    const replacedPhotos = transform({ line, prepared }, ({ line, prepared }) => {
      const before = line.cake_customization.photo?.file_id
      return before && before !== prepared.choice.photo?.file_id ? [before as string] : []
    })
    deleteCakePhotoFilesStep(replacedPhotos)
    return new WorkflowResponse(prepared)
  }
)
