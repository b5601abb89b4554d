import type { z } from "@medusajs/framework/zod"
import type {
  AdminCancelOrderWithRefund,
  OrderBalance,
  StoreOrderBalanceResponse as StoreOrderBalanceAnswer,
  StoreOrderCancellationResponse as StoreOrderCancellationAnswer,
} from "../../api/store/orders/[id]/balance/validators"

/** What an order has paid and still owes (README: Deposits and cancellation). */
export type OrderBalanceView = z.output<typeof OrderBalance>
export type StoreOrderBalanceResponse = z.output<typeof StoreOrderBalanceAnswer>
/** A cancelled order and what went back (`refunded`) or was kept (`kept`). */
export type OrderCancellationResponse = z.output<typeof StoreOrderCancellationAnswer>
export type AdminCancelOrderWithRefundBody = z.input<typeof AdminCancelOrderWithRefund>
