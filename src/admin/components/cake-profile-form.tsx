import { Button, Checkbox, Input, Switch, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { ALL_EGG_OPTIONS, CakeProfileFormValues } from "../lib/cake-profile-form-values"
import { FormErrors, noFormErrors } from "../lib/field-errors"
import { FormError } from "./form-error"
import { FormField } from "./form-field"
import { PricedRows } from "./priced-rows"

type CakeProfileFormProps = {
  initial: CakeProfileFormValues
  isSubmitting: boolean
  errors?: FormErrors
  onSubmit: (values: CakeProfileFormValues) => void
  onCancel: () => void
}

/** The cake profile's fields, edited in place on the product page. */
export const CakeProfileForm = ({ initial, isSubmitting, errors = noFormErrors, onSubmit, onCancel }: CakeProfileFormProps) => {
  const [values, setValues] = useState(initial)
  const set = <K extends keyof CakeProfileFormValues>(field: K, value: CakeProfileFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(values)
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4" noValidate data-form="cake-profile">
      <FormField name="flavour" label="Flavour" error={errors.fields.flavour}>
        <Input id="flavour" size="small" value={values.flavour} onChange={(e) => set("flavour", e.target.value)} />
      </FormField>
      <FormField name="egg_options" label="Egg options" error={errors.fields.egg_options}>
        <div className="flex gap-x-4">
          {ALL_EGG_OPTIONS.map((option) => (
            <label key={option} className="flex items-center gap-x-2">
              <Checkbox
                checked={values.egg_options.includes(option)}
                onCheckedChange={(checked) =>
                  set(
                    "egg_options",
                    checked === true ? [...values.egg_options, option] : values.egg_options.filter((o) => o !== option)
                  )
                }
              />
              <Text size="small">{option}</Text>
            </label>
          ))}
        </div>
      </FormField>
      <FormField name="shapes" label="Shapes and surcharges" error={errors.fields.shapes}>
        <PricedRows name="shapes" amountLabel="surcharge" rows={values.shapes} onChange={(rows) => set("shapes", rows)} />
      </FormField>
      <FormField name="toppings" label="Toppings and prices" error={errors.fields.toppings}>
        <PricedRows name="toppings" amountLabel="price" rows={values.toppings} onChange={(rows) => set("toppings", rows)} />
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        <FormField name="max_message_length" label="Longest message (characters)" error={errors.fields.max_message_length}>
          <Input
            id="max_message_length"
            size="small"
            type="number"
            value={values.max_message_length}
            onChange={(e) => set("max_message_length", e.target.value)}
          />
        </FormField>
        <FormField
          name="lead_time_minutes"
          label="Lead time (minutes)"
          hint="Empty: the bakery's lead time"
          error={errors.fields.lead_time_minutes}
        >
          <Input
            id="lead_time_minutes"
            size="small"
            type="number"
            value={values.lead_time_minutes}
            onChange={(e) => set("lead_time_minutes", e.target.value)}
          />
        </FormField>
        <FormField name="deposit" label="Deposit (% paid at checkout)" hint="Empty: the bakery's; 0: paid in full" error={errors.fields.deposit}>
          <Input id="deposit" size="small" type="number" value={values.deposit} onChange={(e) => set("deposit", e.target.value)} />
        </FormField>
      </div>
      <FormField name="photo" label="Reference photo" hint="A shopper's picture to copy or print (JPEG, PNG or WebP)" error={errors.fields.photo}>
        <div className="flex items-center gap-x-4">
          <label className="flex items-center gap-x-2">
            <Switch id="photo_accepted" checked={values.photo_accepted} onCheckedChange={(checked) => set("photo_accepted", checked)} />
            <Text size="small">Takes a photo</Text>
          </label>
          <Input
            id="photo_price"
            size="small"
            type="number"
            aria-label="Photo price"
            value={values.photo_price}
            disabled={!values.photo_accepted}
            onChange={(e) => set("photo_price", e.target.value)}
          />
        </div>
      </FormField>
      <label className="flex items-center gap-x-2">
        <Switch checked={values.is_available} onCheckedChange={(checked) => set("is_available", checked)} />
        <Text size="small">Available to order</Text>
      </label>
      <FormError message={errors.form} />
      <div className="flex justify-end gap-x-2">
        <Button type="button" size="small" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="small" isLoading={isSubmitting}>
          Save
        </Button>
      </div>
    </form>
  )
}
