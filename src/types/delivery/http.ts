import type { z } from "@medusajs/framework/zod"
import type { AdminRefreshDeliveryResponse as AdminRefreshDeliveryAnswer } from "../../api/admin/orders/[id]/delivery/refresh/validators"
import type {
  CalendarDay,
  DeliveryWindow,
  StoreBakeryCalendarResponse as StoreBakeryCalendarAnswer,
  StoreDeliverySlotsResponse as StoreDeliverySlotsAnswer,
  StoreGetBakeryCalendarParams,
  StoreGetDeliverySlotsParams,
} from "../../api/store/bakeries/validators"
import type { StoreSetCartDeliverySlot } from "../../api/store/carts/validators"
import type {
  DeliveryDriver,
  DeliveryEstimate,
  DeliverySlot,
  OrderDeliveryStreamEvent as OrderDeliveryStreamEventSchema,
  StoreOrderDeliveryResponse as StoreOrderDeliveryAnswer,
} from "../../api/store/orders/[id]/delivery/validators"

/** A two-hour delivery window of a bakery on one day. */
export type StoreDeliveryWindow = z.output<typeof DeliveryWindow>

/** The window booked for a cart or an order. */
export type DeliverySlotView = z.output<typeof DeliverySlot>

/** An order's live arrival estimate (DESIGN: estimate). */
export type DeliveryEstimateView = z.output<typeof DeliveryEstimate>

export type StoreDeliverySlotsQuery = z.output<typeof StoreGetDeliverySlotsParams>
export type StoreDeliverySlotsResponse = z.output<typeof StoreDeliverySlotsAnswer>

/** One day of a bakery's calendar: windows left, or why none. */
export type StoreCalendarDay = z.output<typeof CalendarDay>
export type StoreBakeryCalendarQuery = z.input<typeof StoreGetBakeryCalendarParams>
export type StoreBakeryCalendarResponse = z.output<typeof StoreBakeryCalendarAnswer>

export type StoreSetCartDeliverySlotBody = z.input<typeof StoreSetCartDeliverySlot>

export type StoreOrderDeliveryResponse = z.output<typeof StoreOrderDeliveryAnswer>

/** The driver carrying an order and their latest position, as its live stream shows them. */
export type DeliveryDriverView = z.output<typeof DeliveryDriver>

/** The data of each event of an order's live delivery stream (store and admin alike). */
export type OrderDeliveryStreamEvent = z.output<typeof OrderDeliveryStreamEventSchema>

export type AdminRefreshDeliveryResponse = z.output<typeof AdminRefreshDeliveryAnswer>

/**
 * The words shoppers see for an order: delivered orders `pending`, `shipped`, `delivered`, `cancelled`;
 * collected orders `pending`, `ready_for_pickup`, `collected`, `cancelled`.
 */
export type DeliveryStatus = StoreOrderDeliveryResponse["delivery"]["status"]

/** Collect from the bakery (`pickup`) or have it delivered (`delivery`). */
export type FulfillmentKind = StoreOrderDeliveryResponse["delivery"]["fulfillment"]
