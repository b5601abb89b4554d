import { z } from "@medusajs/framework/zod"
import { CakeCustomization } from "../../../../store/carts/validators"
import { OrderBalance } from "../../../../store/orders/[id]/balance/validators"
import { DeliveryEstimate, DeliverySlot, FulfillmentKind, OrderDelivery } from "../../../../store/orders/[id]/delivery/validators"

export const AdminOrderCakeDetailsResponse = z
  .object({
    items: z.array(
      z.object({
        line_item: z.object({
          id: z.string(),
          title: z.string(),
          product_title: z.string().nullable(),
          variant_title: z.string().nullable(),
          quantity: z.number(),
          unit_price: z.number(),
        }),
        customization: CakeCustomization.nullable().meta({ description: "Null for a line that is not a customised cake." }),
      })
    ),
    fulfillment: FulfillmentKind,
    status: OrderDelivery.shape.status,
    slot: DeliverySlot.nullable(),
    estimate: DeliveryEstimate.nullable(),
    balance: OrderBalance.extend({
      unpaid_at_cutoff: z.boolean().meta({ description: "Something is still owed and its due time has passed: collect it on the day (cash: Medusa's mark-as-paid)." }),
    }),
  })
  .meta({ id: "AdminOrderCakeDetails", description: "What the bakery needs to bake and hand over an order: collected or delivered, and where it is." })
