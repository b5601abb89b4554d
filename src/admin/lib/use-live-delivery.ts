import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import type { AdminOrderCakeDetailsResponse } from "../../types/cake/http"
import type { DeliveryDriverView } from "../../types/delivery/http"
import { withLiveDelivery } from "./live-delivery"
import { sweetspotAdmin } from "./sdk"

/**
 * Follows the order's admin delivery stream while the widget shows it: each event
 * updates the cake details held under `queryKey` (so the ETA and status shown move
 * by themselves) and, when the status changed, has the dashboard reload Medusa's
 * own order sections. Answers the driver carrying the order (with when their
 * position was taken) and whether the stream is connected. The stream stops when
 * the widget goes away, and by itself once the order is delivered, collected or
 * cancelled; a refusal leaves the widget with what it loaded.
 */
export function useLiveDelivery(orderId: string, queryKey: readonly unknown[]) {
  const queryClient = useQueryClient()
  const [driver, setDriver] = useState<DeliveryDriverView | null>(null)
  const [live, setLive] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    let status: string | undefined
    const follow = async () => {
      try {
        const updates = sweetspotAdmin.orders.deliveryStream(orderId, { signal: controller.signal, onReconnect: () => setLive(false) })
        for await (const update of updates) {
          setLive(true)
          setDriver(update.delivery.driver ?? null)
          queryClient.setQueryData(queryKey, (old: AdminOrderCakeDetailsResponse | undefined) => withLiveDelivery(old, update))
          if (status !== undefined && status !== update.delivery.status) {
            await queryClient.invalidateQueries({ queryKey: ["orders"] })
          }
          status = update.delivery.status
        }
      } catch {
        // A refusal (the session ended, too many streams): the widget keeps what it loaded.
      } finally {
        if (!controller.signal.aborted) {
          setLive(false)
        }
      }
    }
    void follow()
    return () => controller.abort()
    // Follows again only for another order: the key is derived from the order id.
  }, [orderId])

  return { driver, live }
}
