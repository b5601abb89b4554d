import { Section, Text } from "@react-email/components"
import * as React from "react"
import { formatMoney, formatWindow } from "./layout"
import { OrderEmailData } from "./order-email-data"

/** The cakes of an order with what was asked for on each. */
export function CakeLines({ order }: { order: OrderEmailData }) {
  return (
    <Section>
      {order.items.map((item, i) => {
        const c = item.customization
        const extras = c ? [c.egg_version === "eggless" ? "eggless" : null, c.shape, ...c.toppings].filter(Boolean) : []
        return (
          <Section key={i} style={{ marginBottom: "12px" }}>
            <Text style={{ margin: 0, fontWeight: "bold" }}>
              {item.quantity} × {item.title}
              {item.variant ? ` (${item.variant})` : ""} · {formatMoney(item.total, order.currency_code)}
            </Text>
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
