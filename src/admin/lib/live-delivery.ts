import type { AdminOrderCakeDetailsResponse } from "../../types/cake/http"
import type { OrderDeliveryStreamEvent } from "../../types/delivery/http"

/**
 * The widget's cake details with a stream event's delivery applied: status, collect or deliver and
 * ETA come from the event; the lines and the slot (with its day, which the event leaves out) stay.
 */
export function withLiveDelivery(
  details: AdminOrderCakeDetailsResponse | undefined,
  { delivery }: OrderDeliveryStreamEvent
): AdminOrderCakeDetailsResponse | undefined {
  return details ? { ...details, fulfillment: delivery.fulfillment, status: delivery.status, estimate: delivery.estimate } : details
}
