import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components"
import * as React from "react"

/** Who the email is from: the bakery when there is one, SweetSpot otherwise. */
export type EmailSender = {
  name: string
  email?: string | null
  phone?: string | null
  address?: string | null
}

export const SWEETSPOT: EmailSender = { name: "SweetSpot" }

const page = { backgroundColor: "#fdf8f4", fontFamily: "Helvetica, Arial, sans-serif", color: "#3b2a22" }
const card = { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px", borderRadius: "8px" }
const footer = { fontSize: "12px", color: "#8a7568", lineHeight: "18px" }

/** The frame every SweetSpot email shares: heading, body, and the sender's contact details. */
export function EmailLayout(props: { sender: EmailSender; preview: string; heading: string; children: React.ReactNode }) {
  const { sender } = props
  const contact = [sender.phone, sender.email, sender.address].filter(Boolean).join(" · ")
  return (
    <Html lang="en">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={{ fontSize: "14px", letterSpacing: "1px", textTransform: "uppercase" }}>{sender.name}</Text>
          <Heading as="h1" style={{ fontSize: "22px" }}>
            {props.heading}
          </Heading>
          <Section>{props.children}</Section>
          <Hr />
          <Text style={footer}>
            {sender.name}
            {contact ? ` · ${contact}` : ""}
          </Text>
        </Container>
      </Body>
    </Html>
  )
}

/** An amount in a currency, as a shopper reads it: £46.00. */
export function formatMoney(amount: number, currencyCode: string) {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}

/** A delivery window in the bakery's time zone: "Wed 2 Dec, 11:00–13:00". */
export function formatWindow(startsAt: string | Date, endsAt: string | Date, timeZone = "Europe/London") {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(new Date(startsAt))
  const time = (d: string | Date) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(new Date(d))
  return `${day}, ${time(startsAt)}–${time(endsAt)}`
}

/** A time of day in the bakery's time zone: "14:05". */
export function formatTime(at: string | Date, timeZone = "Europe/London") {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(new Date(at))
}
