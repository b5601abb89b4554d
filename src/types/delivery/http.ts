import type { z } from "@medusajs/framework/zod"
import type { StoreGetDeliverySlotsParams } from "../../api/store/bakeries/validators"
import type { StoreSetCartDeliverySlot } from "../../api/store/carts/validators"

/** A two-hour delivery window of a bakery on one day. */
export type StoreDeliveryWindow = { starts_at: string; ends_at: string; available: boolean }

/** The window booked for a cart or an order. */
export type DeliverySlotView = { id?: string; date?: string; starts_at: string; ends_at: string }

/** An order's live arrival estimate (DESIGN: estimate). */
export type DeliveryEstimateView = {
  eta_at: string
  distance_meters: number | null
  duration_seconds: number | null
  /** `google` from the route matrix, `fallback` from straight-line distance or the slot's end. */
  source: "google" | "fallback"
  computed_at: string
}

export type DeliveryStatus = "pending" | "shipped" | "delivered" | "cancelled"

export type StoreDeliverySlotsQuery = z.output<typeof StoreGetDeliverySlotsParams>
export type StoreDeliverySlotsResponse = { slots: StoreDeliveryWindow[] }

export type StoreSetCartDeliverySlotBody = z.input<typeof StoreSetCartDeliverySlot>

export type StoreOrderDeliveryResponse = {
  delivery: { status: DeliveryStatus; slot: { starts_at: string; ends_at: string } | null; estimate: DeliveryEstimateView | null }
}

export type AdminRefreshDeliveryResponse = { estimate: DeliveryEstimateView | null }
