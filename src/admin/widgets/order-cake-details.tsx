import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminOrderCakeDetailsResponse } from "../../types/cake/http"
import { QueryState } from "../components/query-state"
import { sweetspotAdmin } from "../lib/sdk"

const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { timeStyle: "short" })

type Item = AdminOrderCakeDetailsResponse["items"][number]

const Customization = ({ item }: { item: Item }) => {
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
        </dl>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Not customised
        </Text>
      )}
    </div>
  )
}

/** What the bakery bakes for this order and when it arrives: customisations, the slot, the live ETA. */
const OrderCakeDetailsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const queryClient = useQueryClient()
  const key = ["sweetspot", "order-cake-details", order.id]
  const { data, isLoading, error } = useQuery({ queryKey: key, queryFn: () => sweetspotAdmin.orders.cakeDetails(order.id) })
  const refresh = useMutation({
    mutationFn: () => sweetspotAdmin.orders.refreshDelivery(order.id),
    onSuccess: ({ estimate }) => {
      queryClient.setQueryData(key, (old: AdminOrderCakeDetailsResponse | undefined) => (old ? { ...old, estimate } : old))
      toast.success("ETA refreshed")
    },
    onError: (e) => toast.error((e as Error).message),
  })
  const estimate = data?.estimate

  return (
    <Container className="divide-y p-0" data-widget="order-cake-details">
      <div className="px-6 py-4">
        <Heading level="h2">Cakes and delivery</Heading>
      </div>
      <QueryState
        isLoading={isLoading}
        error={error}
        isEmpty={data !== undefined && data.items.length === 0}
        empty={<Text size="small">This order has no items.</Text>}
      >
        {data?.items.map((item) => <Customization key={item.line_item.id} item={item} />)}
        <div className="grid grid-cols-2 px-6 py-3" data-delivery="slot">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            Delivery slot
          </Text>
          <Text size="small">{data?.slot ? `${dateTime(data.slot.starts_at)} - ${time(data.slot.ends_at)}` : "No slot booked"}</Text>
        </div>
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
          <Button size="small" variant="secondary" isLoading={refresh.isPending} onClick={() => refresh.mutate()}>
            Refresh ETA
          </Button>
        </div>
      </QueryState>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderCakeDetailsWidget
