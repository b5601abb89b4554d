import { z } from "@medusajs/framework/zod"
import { CakeCustomization } from "../../../../store/carts/validators"
import { DeliveryEstimate, DeliverySlot } from "../../../../store/orders/[id]/delivery/validators"

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
    slot: DeliverySlot.nullable(),
    estimate: DeliveryEstimate.nullable(),
  })
  .meta({ id: "AdminOrderCakeDetails", description: "What the bakery needs to bake and deliver an order." })
