import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addToCartWorkflow,
  createRemoteLinkStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CAKE_MODULE } from "../../../modules/cake"
import { CakeChoiceInput } from "../../../types/cake/cake-customization"
import { createCakeCustomizationStep } from "../steps/create-cake-customization"
import { getCakeVariantStep } from "../steps/get-cake-variant"
import { prepareCakeLineStep } from "../steps/prepare-cake-line"
import { setCakeCustomizationLineStep } from "../steps/set-cake-customization-line"
import { cakeCartFields } from "../utils/cake-cart-queries"
import { cartLockKey } from "../utils/cart-lock"

export type AddCakeToCartWorkflowInput = {
  cart_id: string
  variant_id: string
  quantity: number
  customization: CakeChoiceInput
  /** The logged-in shopper, if any: only they may change their cart. */
  customer_id?: string | null
}

export const addCakeToCartWorkflowId = "add-cake-to-cart"

/**
 * Adds a customised cake: checks the choice against the cake profile, prices it
 * server-side (variant price + toppings + shape), records the customisation
 * (with its cake), adds the line through Medusa's add-to-cart workflow with that
 * unit price and names the line on the customisation; a logged-in shopper's
 * customisation is linked to them. An identical cake already in the cart joins
 * its line. The bakery's rules are checked in Medusa's add (its validate hook);
 * when they refuse, the customisation made before is deleted again.
 */
export const addCakeToCartWorkflow = createWorkflow(addCakeToCartWorkflowId, (input: AddCakeToCartWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => cartLockKey(input.cart_id))
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })

  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: cakeCartFields,
    filters: { id: input.cart_id },
  }).config({ name: "get-cake-cart" })
  const cart = transform({ carts }, ({ carts }) => carts[0])

  // The bakery rules (active, one bakery per cart) are the add-to-cart validate hook's, which every add runs.
  const variant = getCakeVariantStep(transform({ input, cart }, ({ input, cart }) => ({ variant_id: input.variant_id, cart })))

  const prepared = prepareCakeLineStep(transform({ input, cart, variant }, ({ input, cart, variant }) => ({ ...input, cart, variant })))

  const customization = when("new-customization", { prepared }, ({ prepared }) => !prepared.merge_with).then(() =>
    createCakeCustomizationStep(
      transform({ prepared, input }, ({ prepared, input }) => ({
        ...prepared.choice,
        price_adjustment: prepared.price_adjustment,
        cart_id: input.cart_id,
        product_id: prepared.product_id,
      }))
    )
  )

  // Same metadata and price as the twin line: Medusa merges the quantities into it.
  const item = transform({ input, prepared, customization }, ({ input, prepared, customization }) => ({
    variant_id: input.variant_id,
    quantity: input.quantity,
    unit_price: prepared.unit_price,
    metadata: prepared.merge_with?.metadata ?? {
      cake_customization_id: customization!.id,
      cake_choice_key: prepared.choice_key,
    },
  }))
  addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items: [item] } })

  when("has-customization", { customization }, ({ customization }) => !!customization).then(() => {
    setCakeCustomizationLineStep(
      transform({ input, customization }, ({ input, customization }) => ({
        cart_id: input.cart_id,
        cake_customization_id: customization!.id,
      }))
    )
  })
  // The cart's shopper as read under the lock: adding a line does not change it.
  when("shopper-customization", { cart, customization }, ({ cart, customization }) => !!customization && !!cart.customer_id).then(() => {
    createRemoteLinkStep(
      transform({ cart, customization }, ({ cart, customization }) => [
        { [Modules.CUSTOMER]: { customer_id: cart.customer_id }, [CAKE_MODULE]: { cake_customization_id: customization!.id } },
      ])
    )
  })

  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(prepared)
})
