import { Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { sweetspotAdmin } from "../lib/sdk"
import { QueryState } from "./query-state"
import { TopCakesChart } from "./top-cakes-chart"

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

const formatMoney = (amount: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)

const Figure = ({ label, value, name }: { label: string; value: string; name: string }) => (
  <div className="flex flex-col" data-stat={name}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" weight="plus">
      {value}
    </Text>
  </div>
)

/** A bakery's orders, revenue, cakes sold, top cakes and on-time share over a window. */
export const BakeryStats = ({ bakeryId }: { bakeryId: string }) => {
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 29 * 86400000)))
  const [to, setTo] = useState(isoDay(new Date()))
  const { data, isLoading, error } = useQuery({
    queryKey: ["sweetspot", "bakery-stats", bakeryId, from, to],
    queryFn: () => sweetspotAdmin.bakeries.stats(bakeryId, { from, to }),
    placeholderData: keepPreviousData,
  })
  const stats = data?.stats

  return (
    <Container className="divide-y p-0" data-section="bakery-stats">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <Heading level="h2">Stats</Heading>
        <div className="flex items-end gap-x-2">
          <div>
            <Label htmlFor="stats-from" size="xsmall">
              From
            </Label>
            <Input id="stats-from" type="date" size="small" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div>
            <Label htmlFor="stats-to" size="xsmall">
              To
            </Label>
            <Input id="stats-to" type="date" size="small" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
      </div>
      <QueryState isLoading={isLoading} error={error}>
        {stats && (
          <div className="flex flex-col gap-y-6 px-6 py-4">
            <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
              <Figure name="orders" label="Orders" value={String(stats.orders)} />
              <Figure
                name="revenue"
                label="Revenue"
                value={stats.revenue.length ? stats.revenue.map((r) => formatMoney(r.amount, r.currency_code)).join(" + ") : "-"}
              />
              <Figure name="cakes_sold" label="Cakes sold" value={String(stats.cakes_sold)} />
              <Figure
                name="on_time_share"
                label={`Delivered in slot (${stats.delivered_on_time}/${stats.delivered})`}
                value={stats.on_time_share === null ? "-" : `${Math.round(stats.on_time_share * 100)}%`}
              />
            </div>
            {stats.top_cakes.length ? (
              <TopCakesChart bars={stats.top_cakes.map((c) => ({ label: c.title, value: c.quantity }))} />
            ) : (
              <Text size="small" className="text-ui-fg-subtle" data-state="empty">
                No cakes sold in this window.
              </Text>
            )}
          </div>
        )}
      </QueryState>
    </Container>
  )
}
