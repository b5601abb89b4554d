import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { SWEETSPOT_FULFILLMENT_PROVIDER_ID } from "../../../modules/sweetspot-fulfillment"
import { DELIVERY_RULE_ATTRIBUTE, PICKUP_RULE_ATTRIBUTE } from "../../delivery/utils/shipping-options-context"
import { bakeryOptionName } from "../rules/bakery-fulfillment"
import { createBakeryLocationsStep, CreatedBakeryLocation } from "../steps/create-bakery-locations"

export type SetUpBakeryFulfillmentWorkflowInput = { bakery_ids: string[] }

export const setUpBakeryFulfillmentWorkflowId = "set-up-bakery-fulfillment"

const storefrontRules = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/** The two shipping options of a bakery's new location: "Collect from" (free) and "Delivery by" (priced by distance). */
function bakeryShippingOptions(created: CreatedBakeryLocation[]) {
  return created.flatMap((location) => [
    {
      name: bakeryOptionName("pickup", location.bakery_name),
      price_type: "flat" as const,
      provider_id: SWEETSPOT_FULFILLMENT_PROVIDER_ID,
      service_zone_id: location.service_zone_ids.pickup,
      shipping_profile_id: location.shipping_profile_id,
      type_id: location.shipping_type_ids.pickup,
      data: { id: "pickup", bakery_id: location.bakery_id },
      prices: location.currency_codes.map((currency_code) => ({ currency_code, amount: 0 })),
      rules: [...storefrontRules, { attribute: PICKUP_RULE_ATTRIBUTE, value: location.bakery_id, operator: "eq" as const }],
    },
    {
      name: bakeryOptionName("delivery", location.bakery_name),
      price_type: "calculated" as const,
      provider_id: SWEETSPOT_FULFILLMENT_PROVIDER_ID,
      service_zone_id: location.service_zone_ids.delivery,
      shipping_profile_id: location.shipping_profile_id,
      type_id: location.shipping_type_ids.delivery,
      data: { id: "delivery", bakery_id: location.bakery_id },
      rules: [...storefrontRules, { attribute: DELIVERY_RULE_ATTRIBUTE, value: location.bakery_id, operator: "eq" as const }],
    },
  ])
}

/**
 * Gives each bakery without one its stock location, fulfillment sets and two
 * shipping options, served to the storefront's sales channel. The options'
 * rules name the bakery, so a cart is offered its own bakery's only (see
 * shippingOptionsContext). Bakeries that already have a location are left as
 * they are: the seed runs it on every start.
 */
export const setUpBakeryFulfillmentWorkflow = createWorkflow(
  setUpBakeryFulfillmentWorkflowId,
  (input: SetUpBakeryFulfillmentWorkflowInput) => {
    const created = createBakeryLocationsStep(input.bakery_ids)
    const options = transform({ created }, ({ created }) => bakeryShippingOptions(created))
    when("has-shipping-options", { options }, ({ options }) => options.length > 0).then(() => {
      createShippingOptionsWorkflow.runAsStep({ input: options })
    })
    return new WorkflowResponse(created)
  }
)
