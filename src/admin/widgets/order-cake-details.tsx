import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminOrderCakeDetailsResponse } from "../../types/cake/http"
import { LiveDriver } from "../components/live-driver"
import { OrderLinePhoto } from "../components/order-line-photo"
import { QueryState } from "../components/query-state"
import { collectionOrderFields, fulfillmentsToHandOver, itemsToFulfil } from "../lib/collection-actions"
import { sdk, sweetspotAdmin } from "../lib/sdk"
import { useLiveDelivery } from "../lib/use-live-delivery"

const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { timeStyle: "short" })

type Item = AdminOrderCakeDetailsResponse["items"][number]

const Customization = ({ item, orderId }: { item: Item; orderId: string }) => {
  const c = item.customization
  return (
    <div className="flex flex-col gap-y-1 px-6 py-3" data-line-item-id={item.line_item.id}>
      <Text size="small" weight="plus">
        {item.line_item.quantity} × {item.line_item.product_title ?? item.line_item.title}
        {item.line_item.variant_title ? ` (${item.line_item.variant_title})` : ""}
      </Text>
      {c ? (
        <dl className="txt-small grid grid-cols-[120px_1fr] gap-y-1 text-ui-fg-subtle" data-customization-id={c.id}>
          <dt>Message</dt>
          <dd className="text-ui-fg-base" data-customization-field="message">
            {c.message ? `“${c.message}”` : "-"}
          </dd>
          <dt>Egg</dt>
          <dd className="text-ui-fg-base" data-customization-field="egg_version">
            {c.egg_version}
          </dd>
          <dt>Toppings</dt>
          <dd className="text-ui-fg-base" data-customization-field="toppings">
            {c.toppings.length ? c.toppings.join(", ") : "-"}
          </dd>
          <dt>Shape</dt>
          <dd className="text-ui-fg-base" data-customization-field="shape">
            {c.shape ?? "-"}
          </dd>
          <dt>Notes</dt>
          <dd className="text-ui-fg-base" data-customization-field="notes">
            {c.notes ?? "-"}
          </dd>
          {c.photo ? <OrderLinePhoto orderId={orderId} itemId={item.line_item.id} photo={c.photo} /> : null}
        </dl>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Not customised
        </Text>
      )}
    </div>
  )
}

const COLLECTION_STATUS_TEXT: Record<string, string> = {
  pending: "Not ready yet",
  ready_for_pickup: "Awaiting the shopper",
  collected: "Handed over",
  cancelled: "Cancelled",
}

/**
 * A pickup order's two staff actions, on Medusa's own routes (so Medusa's own
 * fulfillment buttons do the same): "Ready for collection" fulfils every cake not
 * fulfilled yet; "Collected" marks each open fulfillment delivered.
 */
const Collection = ({ orderId, status, onDone }: { orderId: string; status: string; onDone: () => Promise<void> }) => {
  const current = () => sdk.admin.order.retrieve(orderId, { fields: collectionOrderFields }).then(({ order }) => order)
  const ready = useMutation({
    mutationFn: async () => {
      const items = itemsToFulfil(await current())
      if (items.length) {
        await sdk.admin.order.createFulfillment(orderId, { items })
      }
    },
    onSuccess: async () => {
      await onDone()
      toast.success("Marked ready: the shopper is emailed")
    },
    onError: (e) => toast.error((e as Error).message),
  })
  const collected = useMutation({
    mutationFn: async () => {
      for (const fulfillmentId of fulfillmentsToHandOver(await current())) {
        await sdk.admin.order.markAsDelivered(orderId, fulfillmentId)
      }
    },
    onSuccess: async () => {
      await onDone()
      toast.success("Marked as handed over")
    },
    onError: (e) => toast.error((e as Error).message),
  })
  const busy = ready.isPending || collected.isPending
  return (
    <div className="flex items-center justify-between px-6 py-3" data-delivery="collection">
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          Collection
        </Text>
        <Text size="small" data-collection-status={status}>
          {COLLECTION_STATUS_TEXT[status] ?? status}
        </Text>
      </div>
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          data-collection-action="ready"
          disabled={status !== "pending" || busy}
          isLoading={ready.isPending}
          onClick={() => ready.mutate()}
        >
          Ready for collection
        </Button>
        <Button
          size="small"
          variant="secondary"
          data-collection-action="collected"
          disabled={status !== "ready_for_pickup" || busy}
          isLoading={collected.isPending}
          onClick={() => collected.mutate()}
        >
          Collected
        </Button>
      </div>
    </div>
  )
}

const money = (amount: number, currencyCode: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)

/**
 * Paid and still owed (deposit orders owe a balance before the day); flagged
 * when the due time has passed unpaid, so staff collect it (cash: Medusa's
 * "Mark as paid" on the balance's payment).
 */
function Balance({ balance }: { balance: AdminOrderCakeDetailsResponse["balance"] }) {
  return (
    <div className="grid grid-cols-2 px-6 py-3" data-balance={balance.due > 0 ? "due" : "paid"}>
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        Payment
      </Text>
      <div className="flex flex-wrap items-center gap-x-2">
        <Text size="small" data-balance-paid={balance.paid}>
          Paid {money(balance.paid, balance.currency_code)}
        </Text>
        {balance.due > 0 ? (
          <Text size="small" data-balance-due={balance.due}>
            · Due {money(balance.due, balance.currency_code)}
            {balance.due_at ? ` by ${dateTime(balance.due_at)}` : ""}
          </Text>
        ) : null}
        {balance.unpaid_at_cutoff ? (
          <Badge size="2xsmall" color="red" data-balance-unpaid="true">
            Unpaid at cut-off
          </Badge>
        ) : null}
      </div>
    </div>
  )
}

/** What the bakery bakes for this order and how it reaches the shopper: customisations, collect or deliver, the slot, the live ETA. */
const OrderCakeDetailsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const queryClient = useQueryClient()
  const key = ["sweetspot", "order-cake-details", order.id]
  const { data, isLoading, error } = useQuery({ queryKey: key, queryFn: () => sweetspotAdmin.orders.cakeDetails(order.id) })
  // Status, ETA and the driver follow the order's live stream.
  const { driver, live } = useLiveDelivery(order.id, key)
  // Our answer and the dashboard's own order page (its fulfillment section) both change.
  const reload = async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: ["orders"] })])
  }
  const pickup = data?.fulfillment === "pickup"
  const refresh = useMutation({
    mutationFn: () => sweetspotAdmin.orders.refreshDelivery(order.id),
    onSuccess: ({ estimate }) => {
      queryClient.setQueryData(key, (old: AdminOrderCakeDetailsResponse | undefined) => (old ? { ...old, estimate } : old))
      toast.success("ETA refreshed")
    },
    onError: (e) => toast.error((e as Error).message),
  })
  const estimate = data?.estimate
  // Only an order on its way has an ETA worth recomputing: not before it ships, nor once delivered or cancelled.
  const outForDelivery = data?.status === "shipped"

  return (
    <Container className="divide-y p-0" data-widget="order-cake-details">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Cakes and delivery</Heading>
        <div className="flex items-center gap-x-2">
          {live ? (
            <Badge size="2xsmall" color="green" data-live="true">
              Live
            </Badge>
          ) : null}
          {data ? (
            <Badge size="small" color={pickup ? "purple" : "blue"} data-fulfillment-kind={data.fulfillment}>
              {pickup ? "Collect" : "Deliver"}
            </Badge>
          ) : null}
        </div>
      </div>
      <QueryState
        isLoading={isLoading}
        error={error}
        isEmpty={data !== undefined && data.items.length === 0}
        empty={<Text size="small">This order has no items.</Text>}
      >
        {data?.items.map((item) => <Customization key={item.line_item.id} item={item} orderId={order.id} />)}
        <div className="grid grid-cols-2 px-6 py-3" data-delivery="slot">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            {pickup ? "Collection slot" : "Delivery slot"}
          </Text>
          <Text size="small">{data?.slot ? `${dateTime(data.slot.starts_at)} - ${time(data.slot.ends_at)}` : "No slot booked"}</Text>
        </div>
        {data ? <Balance balance={data.balance} /> : null}
        {pickup && data ? <Collection orderId={order.id} status={data.status} onDone={reload} /> : null}
        {pickup ? null : (
          <div className="flex items-center justify-between px-6 py-3" data-delivery="estimate">
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus" className="text-ui-fg-subtle">
                ETA
              </Text>
              {estimate ? (
                <div className="flex items-center gap-x-2">
                  <Text size="small" data-eta={estimate.eta_at}>
                    {dateTime(estimate.eta_at)}
                  </Text>
                  <Badge size="2xsmall" color={estimate.source === "google" ? "green" : "orange"} data-eta-source={estimate.source}>
                    {estimate.source === "google" ? "Google" : "Fallback"}
                  </Badge>
                  {estimate.distance_meters !== null && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {(estimate.distance_meters / 1000).toFixed(1)} km
                    </Text>
                  )}
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    computed {dateTime(estimate.computed_at)}
                  </Text>
                </div>
              ) : (
                <Text size="small" className="text-ui-fg-subtle" data-eta="none">
                  No ETA yet: one is computed when the order ships.
                </Text>
              )}
            </div>
            {outForDelivery ? (
              <Button size="small" variant="secondary" isLoading={refresh.isPending} onClick={() => refresh.mutate()}>
                Refresh ETA
              </Button>
            ) : null}
          </div>
        )}
        {pickup ? null : <LiveDriver driver={driver} />}
      </QueryState>
    </Container>
  )
}

// First in the main column through the order page's default layout (src/utils/order-page-layout.ts):
// Medusa 2.21 ignores a zone's .before/.after and would put the card below its own. The id must be
// a string literal: the admin bundler reads it from the source (ORDER_CAKE_CARD_WIDGET_ID).
export const config = defineWidgetConfig({
  zone: "order.details",
  id: "sweetspot-order-cake-details",
})

export default OrderCakeDetailsWidget
