import { z } from "@medusajs/framework/zod"
import { CakeCustomization } from "../../../../store/carts/validators"
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
  })
  .meta({ id: "AdminOrderCakeDetails", description: "What the bakery needs to bake and hand over an order: collected or delivered, and where it is." })
