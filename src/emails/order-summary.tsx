import { Button, Section, Text } from "@react-email/components"
import * as React from "react"
import { formatMoney, formatWindow } from "./layout"
import { OrderEmailData } from "./order-email-data"

/**
 * The cakes of an order with what was asked for on each, the egg version
 * first. With `prices`, each line's amount as the "Items" row of `MoneyLines`
 * counts it, so the lines add up to that row.
 */
export function CakeLines({ order, prices = false }: { order: OrderEmailData; prices?: boolean }) {
  return (
    <Section>
      {order.items.map((item, i) => {
        const c = item.customization
        const extras = c ? [c.shape, ...c.toppings].filter(Boolean) : []
        return (
          <Section key={i} style={{ marginBottom: "12px" }}>
            <Text style={{ margin: 0, fontWeight: "bold" }}>
              {item.quantity} × {item.title}
              {item.variant ? ` (${item.variant})` : ""}
              {prices ? ` · ${formatMoney(item.total, order.currency_code)}` : ""}
            </Text>
            {c ? <Text style={{ margin: 0 }}>Egg version: {c.egg_version === "eggless" ? "eggless" : "with egg"}</Text> : null}
            {c?.message ? <Text style={{ margin: 0 }}>Message on the cake: “{c.message}”</Text> : null}
            {extras.length ? <Text style={{ margin: 0 }}>With: {extras.join(", ")}</Text> : null}
            {c?.notes ? <Text style={{ margin: 0 }}>Notes: {c.notes}</Text> : null}
            {c?.has_photo ? <Text style={{ margin: 0 }}>Photo: attached (the bakery has the picture you sent)</Text> : null}
          </Section>
        )
      })}
    </Section>
  )
}

const row = { margin: 0 }

/**
 * The order's money, rows that add up as the shopper reads them: items,
 * delivery, discount, credit, tax, total (see `orderMoney`). Rows that are 0
 * are left out, except delivery on a delivered order.
 */
export function MoneyLines({ order }: { order: OrderEmailData }) {
  const { money, currency_code } = order
  const show = (value: number) => formatMoney(value, currency_code)
  return (
    <Section style={{ marginTop: "12px" }}>
      <Text style={row}>Items: {show(money.items)}</Text>
      {order.fulfillment !== "pickup" || money.delivery !== 0 ? <Text style={row}>Delivery: {show(money.delivery)}</Text> : null}
      {money.discount !== 0 ? <Text style={row}>Discount: -{show(money.discount)}</Text> : null}
      {money.credit !== 0 ? <Text style={row}>Credit: -{show(money.credit)}</Text> : null}
      {money.tax !== 0 ? <Text style={row}>Tax: {show(money.tax)}</Text> : null}
      <Text style={{ ...row, fontWeight: "bold" }}>Total: {show(money.total)}</Text>
      {money.tax_included !== 0 ? <Text style={row}>Includes tax of {show(money.tax_included)}</Text> : null}
    </Section>
  )
}

/** The storefront's live page for the order, as a button and as a link a plain-text reader can open. */
export function TrackingLink({ order, label }: { order: OrderEmailData; label: string }) {
  return order.tracking_url ? (
    <Section style={{ marginTop: "12px" }}>
      <Button href={order.tracking_url} style={{ backgroundColor: "#c2410c", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}>
        {label}
      </Button>
    </Section>
  ) : null
}

/** The booked window: when the cakes arrive, or when to collect them. */
export function DeliveryWindow({ order }: { order: OrderEmailData }) {
  return order.slot ? (
    <Text>
      {order.fulfillment === "pickup" ? "Collection window" : "Delivery window"}:{" "}
      {formatWindow(order.slot.starts_at, order.slot.ends_at, order.timezone)}
    </Text>
  ) : null
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

/** The bakery's week, one line per day it opens: "Mon 09:00–18:00". */
export function OpeningHoursList({ hours }: { hours: OrderEmailData["opening_hours"] }) {
  const days = [...(hours ?? [])].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))
  return days.length ? (
    <Section>
      <Text style={{ margin: 0, fontWeight: "bold" }}>Opening hours</Text>
      {days.map((day, i) => (
        <Text key={i} style={{ margin: 0 }}>
          {WEEKDAYS[day.weekday - 1] ?? day.weekday} {day.opens}–{day.closes}
        </Text>
      ))}
    </Section>
  ) : null
}
