import { z } from "@medusajs/framework/zod"
import { STAFF_REFUND_CHOICES } from "../../../../../workflows/deposit/rules/deposit"

/** The balance route takes no query parameters (an unknown one is a 400 naming it). */
export const StoreGetOrderBalanceParams = z.strictObject({})

export const OrderBalance = z
  .object({
    currency_code: z.string(),
    paid: z.number().meta({ description: "Captured less refunds, in the main unit (Medusa's order summary `transaction_total`)." }),
    due: z.number().meta({ description: "Still owed (Medusa's order summary `pending_difference`); 0 for an order paid in full or cancelled." }),
    due_at: z.iso
      .datetime()
      .nullable()
      .meta({ description: "When the balance falls due: the bakery's `balance_due_days` before the slot starts; null when nothing is owed." }),
    payment_collection_id: z
      .string()
      .nullable()
      .meta({
        description:
          "The balance's payment collection, once asked for (the balance email links to it): pay with Medusa's `POST /store/payment-collections/{id}/payment-sessions`, then `POST /store/orders/{id}/balance/pay`.",
      }),
    cancel_until: z.iso
      .datetime()
      .nullable()
      .meta({ description: "Until when `POST /store/orders/{id}/cancel` is open (the bakery's cancellation window); null: the shopper cannot cancel online." }),
  })
  .meta({ id: "OrderBalance", description: "What an order has paid and still owes." })

export const StoreOrderBalanceResponse = z.object({ balance: OrderBalance })

export const OrderCancellation = z
  .object({
    order_id: z.string(),
    status: z.literal("canceled"),
    currency_code: z.string(),
    refunded: z.number().meta({ description: "Given back to the shopper now." }),
    kept: z.number().meta({ description: "Captured and kept by the bakery (a kept deposit)." }),
  })
  .meta({ id: "OrderCancellation", description: "A cancelled order and what happened to its money." })

export const StoreOrderCancellationResponse = z.object({ cancellation: OrderCancellation })

export const AdminCancelOrderWithRefund = z
  .strictObject({
    refund: z.enum(STAFF_REFUND_CHOICES).meta({
      description: "`full`: everything captured goes back; `deposit_kept`: all but the deposit taken at checkout; `none`: nothing goes back.",
    }),
  })
  .meta({ id: "AdminCancelOrderWithRefund" })
export type AdminCancelOrderWithRefundType = z.infer<typeof AdminCancelOrderWithRefund>
