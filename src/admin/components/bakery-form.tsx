import { Button, Checkbox, Heading, Input, Switch, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { FormErrors, noFormErrors } from "../lib/field-errors"
import { BakeryFormValues, DayHours, WEEKDAYS } from "../lib/bakery-form-values"
import { DeliveryFeeRows } from "./delivery-fee-rows"
import { FormError } from "./form-error"
import { FormField } from "./form-field"

type BakeryFormProps = {
  initial: BakeryFormValues
  submitLabel: string
  isSubmitting: boolean
  errors?: FormErrors
  onSubmit: (values: BakeryFormValues) => void
  onCancel?: () => void
}

const LABELS: Record<string, string> = {
  name: "Name",
  handle: "Handle",
  email: "Email",
  phone: "Phone",
  address_1: "Address",
  address_2: "Address line 2",
  city: "City",
  province: "County / province",
  postal_code: "Postal code",
  country_code: "Country code",
  latitude: "Latitude",
  longitude: "Longitude",
  timezone: "Time zone",
  lead_time_minutes: "Lead time (minutes)",
  daily_capacity: "Daily capacity (cakes)",
  window_capacity: "Window capacity (cakes per window)",
  order_cutoff: "Order cut-off",
  delivery_radius_km: "Delivery radius (km)",
  deposit: "Deposit (% paid at checkout)",
  balance_due_days: "Balance due (days before the slot)",
  cancellation_window_hours: "Shoppers may cancel until (hours before the slot)",
}

/**
 * Every field of a bakery, with the weekly opening hours, collection and the delivery fee table;
 * shows the API's messages next to the fields.
 */
export const BakeryForm = ({ initial, submitLabel, isSubmitting, errors = noFormErrors, onSubmit, onCancel }: BakeryFormProps) => {
  const [values, setValues] = useState(initial)
  const set = (field: keyof BakeryFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const setDay = (index: number, change: Partial<DayHours>) =>
    setValues((v) => ({ ...v, hours: v.hours.map((day, i) => (i === index ? { ...day, ...change } : day)) }))

  const input = (field: keyof typeof LABELS, props: { type?: string; step?: string; hint?: string } = {}) => (
    <FormField name={field} label={LABELS[field]} hint={props.hint} error={errors.fields[field]}>
      <Input
        id={field}
        name={field}
        type={props.type ?? "text"}
        step={props.step}
        value={values[field as keyof BakeryFormValues] as string}
        aria-invalid={Boolean(errors.fields[field])}
        onChange={(e) => set(field as keyof BakeryFormValues)(e.target.value)}
      />
    </FormField>
  )

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(values)
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-6" noValidate>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {input("name")}
        {input("handle", { hint: "Lowercase and dashes; made from the name when empty" })}
      </div>
      <FormField name="description" label="Description" error={errors.fields.description}>
        <Textarea id="description" value={values.description} onChange={(e) => set("description")(e.target.value)} />
      </FormField>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {input("email", { type: "email" })}
        {input("phone")}
        {input("address_1")}
        {input("address_2")}
        {input("city")}
        {input("province")}
        {input("postal_code")}
        {input("country_code", { hint: "Two letters, e.g. GB" })}
        {input("latitude", { type: "number", step: "any" })}
        {input("longitude", { type: "number", step: "any" })}
        {input("timezone", { hint: "IANA zone, e.g. Europe/London" })}
        {input("lead_time_minutes", { type: "number" })}
        {input("daily_capacity", { type: "number", hint: "Empty for unlimited" })}
        {input("delivery_radius_km", { type: "number", step: "any", hint: "Empty for no limit" })}
        {input("window_capacity", { type: "number", hint: "Empty for unlimited; counted on top of the daily capacity" })}
        {input("order_cutoff", { type: "time", hint: "Bakery time; after it the next day can no longer be booked. Empty for none" })}
        {input("deposit", { type: "number", hint: "0-100; empty or 0 for payment in full at checkout. A cake's own deposit wins" })}
        {input("balance_due_days", { type: "number", hint: "With a deposit: when the rest is asked for" })}
        {input("cancellation_window_hours", { type: "number", hint: "Empty: only staff cancel" })}
      </div>

      <FormField name="opening_hours" label="Opening hours" error={errors.fields.opening_hours}>
        <div className="flex flex-col gap-y-2">
          {WEEKDAYS.map((weekday, index) => {
            const day = values.hours[index]
            return (
              <div key={weekday} className="grid grid-cols-[140px_1fr_1fr] items-center gap-x-3" data-weekday={index + 1}>
                <div className="flex items-center gap-x-2">
                  <Checkbox
                    id={`open-${index + 1}`}
                    checked={day.open}
                    onCheckedChange={(checked) => setDay(index, { open: checked === true })}
                  />
                  <label htmlFor={`open-${index + 1}`}>
                    <Text size="small">{weekday}</Text>
                  </label>
                </div>
                <Input
                  type="time"
                  aria-label={`${weekday} opens`}
                  disabled={!day.open}
                  value={day.opens}
                  onChange={(e) => setDay(index, { opens: e.target.value })}
                />
                <Input
                  type="time"
                  aria-label={`${weekday} closes`}
                  disabled={!day.open}
                  value={day.closes}
                  onChange={(e) => setDay(index, { closes: e.target.value })}
                />
              </div>
            )
          })}
        </div>
      </FormField>

      <div className="flex flex-col gap-y-4" data-section="collect-or-deliver">
        <Heading level="h3">Collection and delivery</Heading>
        <div className="flex items-center gap-x-2">
          <Switch
            id="pickup_enabled"
            checked={values.pickup_enabled}
            onCheckedChange={(checked) => setValues((v) => ({ ...v, pickup_enabled: checked }))}
          />
          <label htmlFor="pickup_enabled">
            <Text size="small">Collection: shoppers may collect their cakes from the bakery</Text>
          </label>
        </div>
        {errors.fields.pickup_enabled && (
          <Text size="xsmall" className="text-ui-fg-error" role="alert" data-error-for="pickup_enabled">
            {errors.fields.pickup_enabled}
          </Text>
        )}
        <FormField
          name="delivery_fees"
          label="Delivery fees"
          hint="One row per currency, in main units (e.g. pounds): base + per km of road distance; free once the cakes reach the free-over amount. A currency without a row gets no delivery."
          error={errors.fields.delivery_fees}
        >
          <DeliveryFeeRows rows={values.delivery_fees} onChange={(delivery_fees) => setValues((v) => ({ ...v, delivery_fees }))} />
        </FormField>
      </div>

      <div className="flex items-center gap-x-2">
        <Switch id="is_active" checked={values.is_active} onCheckedChange={(checked) => setValues((v) => ({ ...v, is_active: checked }))} />
        <label htmlFor="is_active">
          <Text size="small">Active: shoppers can see and order from this bakery</Text>
        </label>
      </div>

      <FormError message={errors.form} />
      <div className="flex justify-end gap-x-2">
        {onCancel && (
          <Button type="button" variant="secondary" size="small" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="small" isLoading={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
