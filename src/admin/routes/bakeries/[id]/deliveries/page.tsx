import { Badge, Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { Link, useParams, useSearchParams } from "react-router-dom"
import type { AdminBakeryDeliveriesResponse } from "../../../../../types/driver/http"
import { QueryState } from "../../../../components/query-state"
import { sweetspotAdmin } from "../../../../lib/sdk"

type Delivery = AdminBakeryDeliveriesResponse["deliveries"][number]
type Stage = Delivery["stage"]

/** How often the page asks again: drivers claim, pick up and deliver while staff watch. */
const REFRESH_MS = 30_000

/** The columns in the order a delivery moves through them; the first and last only when they hold something. */
const COLUMNS: { stage: Stage; title: string; always: boolean }[] = [
  { stage: "preparing", title: "Being prepared", always: false },
  { stage: "ready", title: "Ready", always: true },
  { stage: "claimed", title: "Claimed", always: true },
  { stage: "out_for_delivery", title: "Out for delivery", always: true },
  { stage: "delivered", title: "Delivered", always: true },
  { stage: "cancelled", title: "Cancelled", always: false },
]

/** A window in the bakery's own time zone, as the bakery works it: "10:00 – 12:00". */
const windowText = (slot: Delivery["slot"], timeZone: string) => {
  if (!slot) return "No slot"
  const time = (at: string) => new Date(at).toLocaleTimeString(undefined, { timeStyle: "short", timeZone })
  return `${time(slot.starts_at)} – ${time(slot.ends_at)}`
}

const timeText = (at: string | null | undefined, timeZone: string) =>
  at ? new Date(at).toLocaleTimeString(undefined, { timeStyle: "short", timeZone }) : null

const DeliveryCard = ({ delivery, timeZone }: { delivery: Delivery; timeZone: string }) => {
  const eta = delivery.stage === "out_for_delivery" ? timeText(delivery.estimate?.eta_at, timeZone) : null
  const done = delivery.stage === "delivered" ? timeText(delivery.completed_at, timeZone) : null
  return (
    <li className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-y-2 rounded-lg p-3" data-delivery-order-id={delivery.order_id}>
      <div className="flex items-center justify-between gap-x-2">
        <Link to={`/orders/${delivery.order_id}`} className="text-ui-fg-interactive txt-compact-small-plus">
          #{delivery.display_id}
        </Link>
        <Text size="xsmall" className="text-ui-fg-subtle" data-delivery-window>
          {windowText(delivery.slot, timeZone)}
        </Text>
      </div>
      <ul className="flex flex-col">
        {delivery.cakes.map((cake, index) => (
          <li key={index}>
            <Text size="small">
              {cake.quantity} × {cake.title ?? "Cake"}
              {cake.size ? <span className="text-ui-fg-subtle"> ({cake.size})</span> : null}
            </Text>
          </li>
        ))}
      </ul>
      <div className="flex items-center justify-between gap-x-2">
        <Text size="xsmall" className={delivery.driver ? "" : "text-ui-fg-muted"} data-delivery-driver>
          {delivery.driver ? delivery.driver.name : "No driver"}
        </Text>
        {eta && (
          <Badge size="2xsmall" color={delivery.estimate?.origin === "driver" ? "blue" : "grey"} title={`ETA from the ${delivery.estimate?.origin}`}>
            ETA {eta}
          </Badge>
        )}
        {done && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            at {done}
          </Text>
        )}
      </div>
    </li>
  )
}

/**
 * A bakery's deliveries of one day (today where the bakery is, unless a date is
 * picked): one column per stage, each order with its window, cakes and driver,
 * asked for again every 30 seconds.
 */
const BakeryDeliveriesPage = () => {
  const { id } = useParams<{ id: string }>()
  const [params, setParams] = useSearchParams()
  const date = params.get("date") || undefined
  const bakery = useQuery({
    queryKey: ["sweetspot", "bakery", id],
    queryFn: () => sweetspotAdmin.bakeries.retrieve(id!),
    enabled: Boolean(id),
  })
  const { data, isLoading, error } = useQuery({
    queryKey: ["sweetspot", "bakery-deliveries", id, date ?? "today"],
    queryFn: () => sweetspotAdmin.bakeries.deliveries(id!, date ? { date } : {}),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  })
  const timeZone = bakery.data?.bakery.timezone ?? "UTC"
  const deliveries = data?.deliveries ?? []
  const columns = COLUMNS.filter((column) => column.always || deliveries.some((d) => d.stage === column.stage))

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">Deliveries{bakery.data ? ` · ${bakery.data.bakery.name}` : ""}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Delivery orders booked for the day, by where they stand; collections are not listed. Refreshed every 30 seconds.
          </Text>
        </div>
        <div className="flex items-end gap-x-2">
          <div>
            <Label htmlFor="deliveries-date" size="xsmall">
              Day
            </Label>
            <Input
              id="deliveries-date"
              type="date"
              size="small"
              value={date ?? data?.date ?? ""}
              onChange={(e) => setParams(e.target.value ? { date: e.target.value } : {}, { replace: true })}
            />
          </div>
          <Button size="small" variant="secondary" asChild>
            <Link to={`/bakeries/${id}`}>Back to the bakery</Link>
          </Button>
        </div>
      </Container>
      <QueryState isLoading={isLoading} error={error}>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-4" data-deliveries-date={data?.date}>
          {columns.map((column) => {
            const inColumn = deliveries.filter((d) => d.stage === column.stage)
            return (
              <Container key={column.stage} className="flex flex-col gap-y-3 p-3" data-stage={column.stage}>
                <div className="flex items-center justify-between px-1">
                  <Heading level="h2">{column.title}</Heading>
                  <Badge size="2xsmall" data-stage-count>
                    {inColumn.length}
                  </Badge>
                </div>
                {inColumn.length === 0 ? (
                  <Text size="small" className="text-ui-fg-muted px-1">
                    None
                  </Text>
                ) : (
                  <ul className="flex flex-col gap-y-2">
                    {inColumn.map((delivery) => (
                      <DeliveryCard key={delivery.order_id} delivery={delivery} timeZone={timeZone} />
                    ))}
                  </ul>
                )}
              </Container>
            )
          })}
        </div>
      </QueryState>
    </div>
  )
}

export default BakeryDeliveriesPage
