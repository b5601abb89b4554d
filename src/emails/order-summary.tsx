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
          </Section>
        )
      })}
    </Section>
  )
}

export function DeliveryWindow({ order }: { order: OrderEmailData }) {
  return order.slot ? (
    <Text>Delivery window: {formatWindow(order.slot.starts_at, order.slot.ends_at, order.timezone)}</Text>
  ) : null
}
