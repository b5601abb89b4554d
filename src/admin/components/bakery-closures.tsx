import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import type { AdminBakery, AdminBakeryClosuresResponse } from "../../types/bakery/http"
import { FormErrors, formErrorsFrom, noFormErrors } from "../lib/field-errors"
import { sweetspotAdmin } from "../lib/sdk"
import { FormError } from "./form-error"
import { FormField } from "./form-field"
import { QueryState } from "./query-state"

type Closure = AdminBakeryClosuresResponse["closures"][number]
type AffectedOrder = Closure["affected_orders"][number]

const CLOSURE_FIELDS = ["from", "to", "reason"] as const

/** A calendar day (YYYY-MM-DD) as a person reads it; the day itself, whatever the browser's zone. */
const day = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { dateStyle: "medium", timeZone: "UTC" })

const days = (closure: Closure) => (closure.to && closure.to !== closure.from ? `${day(closure.from)} – ${day(closure.to)}` : day(closure.from))

/** The order's window in the bakery's own time zone, as the bakery works it. */
const slotText = (slot: AffectedOrder["slot"], timeZone: string) => {
  const starts = new Date(slot.starts_at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short", timeZone })
  const ends = new Date(slot.ends_at).toLocaleTimeString(undefined, { timeStyle: "short", timeZone })
  return `${starts} - ${ends}`
}

const AffectedOrders = ({ orders, timeZone }: { orders: AffectedOrder[]; timeZone: string }) =>
  orders.length === 0 ? (
    <Text size="small" className="text-ui-fg-subtle">
      None
    </Text>
  ) : (
    <ul className="flex flex-col gap-y-1">
      {orders.map((order) => (
        <li key={order.id} data-affected-order-id={order.id}>
          <Text size="small">
            <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive">
              #{order.display_id}
            </Link>{" "}
            <span className="text-ui-fg-subtle">{slotText(order.slot, timeZone)}</span>
          </Text>
        </li>
      ))}
    </ul>
  )

/**
 * The days a bakery is closed on top of its opening hours: add a range with a reason, see the
 * orders already booked on those days (nothing is cancelled by itself), remove a closure.
 */
export const BakeryClosures = ({ bakery }: { bakery: AdminBakery }) => {
  const queryClient = useQueryClient()
  const key = ["sweetspot", "bakery-closures", bakery.id]
  const { data, isLoading, error } = useQuery({ queryKey: key, queryFn: () => sweetspotAdmin.bakeries.closures(bakery.id) })
  const [form, setForm] = useState({ from: "", to: "", reason: "" })
  const [errors, setErrors] = useState<FormErrors>(noFormErrors)
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }))

  const create = useMutation({
    mutationFn: () =>
      sweetspotAdmin.bakeries.createClosure(bakery.id, {
        from: form.from,
        ...(form.to ? { to: form.to } : {}),
        ...(form.reason.trim() ? { reason: form.reason.trim() } : {}),
      }),
    onSuccess: ({ affected_orders }) => {
      setForm({ from: "", to: "", reason: "" })
      setErrors(noFormErrors)
      queryClient.invalidateQueries({ queryKey: key })
      if (affected_orders.length) {
        const orders = affected_orders.length === 1 ? "1 order is" : `${affected_orders.length} orders are`
        toast.warning(`Closure added: ${orders} booked on these days. Nothing was cancelled; contact the customers.`)
      } else {
        toast.success("Closure added")
      }
    },
    onError: (e) => setErrors(formErrorsFrom(e, CLOSURE_FIELDS)),
  })

  const remove = useMutation({
    mutationFn: (closureId: string) => sweetspotAdmin.bakeries.deleteClosure(bakery.id, closureId),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: key })
      toast.success("Closure removed")
    },
    onError: (e) => toast.error((e as Error).message),
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate()
  }

  const closures = data?.closures ?? []

  return (
    <Container className="divide-y p-0" data-section="bakery-closures">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">Closures</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Days the bakery takes no orders, on top of its opening hours. Orders already booked stay as they are.
        </Text>
      </div>
      <QueryState
        isLoading={isLoading}
        error={error}
        isEmpty={data !== undefined && closures.length === 0}
        empty={
          <Text size="small" className="text-ui-fg-subtle">
            No closures coming up.
          </Text>
        }
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Days</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell>Orders booked on these days</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {closures.map((closure) => (
              <Table.Row key={closure.id} data-closure-id={closure.id} className="[&_td]:py-3 [&_td]:align-top">
                <Table.Cell>{days(closure)}</Table.Cell>
                <Table.Cell>{closure.reason || "-"}</Table.Cell>
                <Table.Cell>
                  <AffectedOrders orders={closure.affected_orders} timeZone={bakery.timezone} />
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant="transparent"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(closure.id)}
                  >
                    Remove
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </QueryState>
      <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" noValidate data-form="bakery-closure">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-[180px_180px_1fr]">
          <FormField name="from" label="From" error={errors.fields.from}>
            <Input id="from" size="small" type="date" value={form.from} aria-invalid={Boolean(errors.fields.from)} onChange={(e) => set("from")(e.target.value)} />
          </FormField>
          <FormField name="to" label="To" hint="Empty: one day" error={errors.fields.to}>
            <Input id="to" size="small" type="date" value={form.to} aria-invalid={Boolean(errors.fields.to)} onChange={(e) => set("to")(e.target.value)} />
          </FormField>
          <FormField name="reason" label="Reason" hint="Shoppers see it on the closed days, e.g. Christmas" error={errors.fields.reason}>
            <Input id="reason" size="small" value={form.reason} aria-invalid={Boolean(errors.fields.reason)} onChange={(e) => set("reason")(e.target.value)} />
          </FormField>
        </div>
        <FormError message={errors.form} />
        <div className="flex justify-end">
          <Button type="submit" size="small" variant="secondary" isLoading={create.isPending}>
            Add closure
          </Button>
        </div>
      </form>
    </Container>
  )
}
