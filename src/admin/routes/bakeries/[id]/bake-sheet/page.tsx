import { Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { createPortal } from "react-dom"
import { Link, useParams, useSearchParams } from "react-router-dom"
import type { AdminBakeSheet, AdminBakeSheetTicket } from "../../../../../types/bakery/http"
import { QueryState } from "../../../../components/query-state"
import { sweetspotAdmin } from "../../../../lib/sdk"

/**
 * Printing the sheet: a copy of it sits directly under <body> (a portal) and is the
 * only thing printed, in normal flow so A4 pages break where they should: the
 * totals on the first page, then the tickets, none split across pages. The
 * dashboard (sidebar, top bar, the page's buttons) is not printed.
 */
const PRINT_CSS = `
@media screen { [data-bake-sheet-print] { display: none !important; } }
@media print {
  @page { size: A4; margin: 12mm; }
  body > *:not([data-bake-sheet-print]) { display: none !important; }
  html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
  [data-bake-sheet-print] { display: block; font-family: sans-serif; color: #000; }
  [data-bake-sheet-print] table { width: 100%; border-collapse: collapse; }
  [data-bake-sheet-print] th, [data-bake-sheet-print] td { border-bottom: 1px solid #999; padding: 4px 6px; text-align: left; }
  [data-print-totals] { break-after: page; page-break-after: always; }
  [data-print-ticket] { break-inside: avoid; page-break-inside: avoid; border: 1px solid #666; padding: 8px 10px; margin-bottom: 8px; }
}
`

const windowText = (slot: AdminBakeSheetTicket["slot"], timeZone: string) => {
  if (!slot) return "No slot"
  const time = (at: string) => new Date(at).toLocaleTimeString(undefined, { timeStyle: "short", timeZone })
  return `${time(slot.starts_at)} – ${time(slot.ends_at)}`
}

const choiceText = (item: AdminBakeSheetTicket["items"][number]) => {
  const c = item.customization
  if (!c) return null
  return [c.shape, c.egg_version, c.toppings.length ? c.toppings.join(", ") : null].filter(Boolean).join(" · ") || null
}

/** A deposit order's balance still owed, as staff read it on the ticket; null when nothing is owed. */
const balanceText = (ticket: AdminBakeSheetTicket) => {
  const balance = ticket.balance
  if (!balance || balance.due <= 0) return null
  const amount = new Intl.NumberFormat(undefined, { style: "currency", currency: balance.currency_code.toUpperCase() }).format(balance.due)
  return `Balance due: ${amount}${balance.unpaid_at_cutoff ? " (unpaid at cut-off: collect it)" : ""}`
}

const Ticket = ({ ticket, timeZone }: { ticket: AdminBakeSheetTicket; timeZone: string }) => (
  <Container className="flex flex-col gap-y-2 p-4" data-bake-sheet-ticket={ticket.display_id}>
    <div className="flex items-baseline justify-between gap-x-4">
      <Heading level="h2">
        #{ticket.display_id} · {windowText(ticket.slot, timeZone)}
      </Heading>
      <Text size="small" weight="plus">
        {ticket.fulfillment === "pickup" ? "Collection" : "Delivery"}
      </Text>
    </div>
    <Text size="small">
      {[ticket.customer.first_name, ticket.customer.last_name].filter(Boolean).join(" ") || "No name"}
      {ticket.customer.phone ? ` · ${ticket.customer.phone}` : ""}
    </Text>
    <ul className="flex flex-col gap-y-1">
      {ticket.items.map((item, index) => (
        <li key={index}>
          <Text size="small" weight="plus">
            {item.quantity} × {item.title ?? "Cake"}
            {item.variant_title ? ` (${item.variant_title})` : ""}
          </Text>
          {choiceText(item) && (
            <Text size="small" className="text-ui-fg-subtle">
              {choiceText(item)}
            </Text>
          )}
          {item.customization?.message && <Text size="small">Message: “{item.customization.message}”</Text>}
        </li>
      ))}
    </ul>
    {ticket.notes && (
      <Text size="small" className="whitespace-pre-line">
        Notes: {ticket.notes}
      </Text>
    )}
    {balanceText(ticket) && (
      <Text size="small" weight="plus" className="text-ui-fg-error" data-bake-sheet-balance>
        {balanceText(ticket)}
      </Text>
    )}
  </Container>
)

/** The printed sheet: plain markup, the totals then one block per ticket. */
const PrintedSheet = ({ sheet, bakeryName, timeZone }: { sheet: AdminBakeSheet; bakeryName: string; timeZone: string }) => (
  <div data-bake-sheet-print={sheet.date}>
    <section data-print-totals>
      <h1>
        Bake sheet · {bakeryName} · {sheet.date}
      </h1>
      <h2>To bake</h2>
      {sheet.totals.length === 0 ? (
        <p>Nothing booked for this day.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Cake</th>
              <th>Size</th>
              <th>Shape</th>
              <th>Egg</th>
              <th>Quantity</th>
            </tr>
          </thead>
          <tbody>
            {sheet.totals.map((total, index) => (
              <tr key={index}>
                <td>{total.title ?? "Cake"}</td>
                <td>{total.variant_title ?? "–"}</td>
                <td>{total.shape ?? "–"}</td>
                <td>{total.egg_version ?? "–"}</td>
                <td>{total.quantity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
    {sheet.tickets.map((ticket) => (
      <section key={ticket.order_id} data-print-ticket={ticket.display_id}>
        <h2>
          #{ticket.display_id} · {windowText(ticket.slot, timeZone)} · {ticket.fulfillment === "pickup" ? "Collection" : "Delivery"}
        </h2>
        <p>
          {[ticket.customer.first_name, ticket.customer.last_name].filter(Boolean).join(" ") || "No name"}
          {ticket.customer.phone ? ` · ${ticket.customer.phone}` : ""}
        </p>
        <ul>
          {ticket.items.map((item, index) => (
            <li key={index}>
              {item.quantity} × {item.title ?? "Cake"}
              {item.variant_title ? ` (${item.variant_title})` : ""}
              {choiceText(item) ? ` · ${choiceText(item)}` : ""}
              {item.customization?.message ? ` · Message: “${item.customization.message}”` : ""}
            </li>
          ))}
        </ul>
        {ticket.notes && <p>Notes: {ticket.notes}</p>}
        {balanceText(ticket) && <p><strong>{balanceText(ticket)}</strong></p>}
      </section>
    ))}
  </div>
)

/**
 * A bakery's bake sheet for a day (today where the bakery is, unless a date is
 * picked): what to bake in all, then one ticket per order, soonest window first.
 * Prints on A4 without the dashboard around it.
 */
const BakeSheetPage = () => {
  const { id } = useParams<{ id: string }>()
  const [params, setParams] = useSearchParams()
  const date = params.get("date") || undefined
  const bakery = useQuery({
    queryKey: ["sweetspot", "bakery", id],
    queryFn: () => sweetspotAdmin.bakeries.retrieve(id!),
    enabled: Boolean(id),
  })
  const { data, isLoading, error } = useQuery({
    queryKey: ["sweetspot", "bake-sheet", id, date ?? "today"],
    queryFn: () => sweetspotAdmin.bakeries.bakeSheet(id!, date ? { date } : {}),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  })
  const timeZone = bakery.data?.bakery.timezone ?? "UTC"
  const sheet = data?.bake_sheet

  return (
    <div className="flex flex-col gap-y-3" data-bake-sheet={sheet?.date ?? ""}>
      <style>{PRINT_CSS}</style>
      {sheet && createPortal(<PrintedSheet sheet={sheet} bakeryName={bakery.data?.bakery.name ?? ""} timeZone={timeZone} />, document.body)}
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">
            Bake sheet{bakery.data ? ` · ${bakery.data.bakery.name}` : ""}
            {sheet ? ` · ${sheet.date}` : ""}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle" data-bake-sheet-controls>
            Every order booked for the day that is not cancelled, collections and deliveries.
          </Text>
        </div>
        <div className="flex items-end gap-x-2" data-bake-sheet-controls>
          <div>
            <Label htmlFor="bake-sheet-date" size="xsmall">
              Day
            </Label>
            <Input
              id="bake-sheet-date"
              type="date"
              size="small"
              value={date ?? sheet?.date ?? ""}
              onChange={(e) => setParams(e.target.value ? { date: e.target.value } : {}, { replace: true })}
            />
          </div>
          <Button size="small" variant="secondary" onClick={() => window.print()}>
            Print
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to={`/bakeries/${id}`}>Back to the bakery</Link>
          </Button>
        </div>
      </Container>
      <QueryState isLoading={isLoading} error={error}>
        {sheet && (
          <>
            <Container className="p-0" data-bake-sheet-totals>
              <div className="px-6 py-4">
                <Heading level="h2">To bake</Heading>
              </div>
              {sheet.totals.length === 0 ? (
                <Text size="small" className="text-ui-fg-muted px-6 pb-4">
                  Nothing booked for this day.
                </Text>
              ) : (
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>Cake</Table.HeaderCell>
                      <Table.HeaderCell>Size</Table.HeaderCell>
                      <Table.HeaderCell>Shape</Table.HeaderCell>
                      <Table.HeaderCell>Egg</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">Quantity</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {sheet.totals.map((total, index) => (
                      <Table.Row key={index}>
                        <Table.Cell>{total.title ?? "Cake"}</Table.Cell>
                        <Table.Cell>{total.variant_title ?? "–"}</Table.Cell>
                        <Table.Cell>{total.shape ?? "–"}</Table.Cell>
                        <Table.Cell>{total.egg_version ?? "–"}</Table.Cell>
                        <Table.Cell className="text-right">{total.quantity}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </Container>
            <div className="flex flex-col gap-y-3">
              {sheet.tickets.map((ticket) => (
                <Ticket key={ticket.order_id} ticket={ticket} timeZone={timeZone} />
              ))}
            </div>
          </>
        )}
      </QueryState>
    </div>
  )
}

export default BakeSheetPage
