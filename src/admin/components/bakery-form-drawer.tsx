import { Button, Drawer } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import type { AdminBakeryResponse } from "../../types/bakery/http"
import { BAKERY_FORM_FIELDS, BakeryFormValues } from "../lib/bakery-form-values"
import { FormErrors, formErrorsFrom, noFormErrors } from "../lib/field-errors"
import { BakeryForm } from "./bakery-form"

type BakeryFormDrawerProps = {
  /** The button that opens the drawer, e.g. "Create" or "Edit". */
  trigger: string
  title: string
  submitLabel: string
  initial: BakeryFormValues
  /** Sends the form to the API; its error message lands next to the fields it names. */
  save: (values: BakeryFormValues) => Promise<AdminBakeryResponse>
  onSaved: (response: AdminBakeryResponse) => void
}

/** The bakery form in a side drawer, for creating and for editing. */
export const BakeryFormDrawer = ({ trigger, title, submitLabel, initial, save, onSaved }: BakeryFormDrawerProps) => {
  const [open, setOpen] = useState(false)
  const [errors, setErrors] = useState<FormErrors>(noFormErrors)
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (response) => {
      setOpen(false)
      onSaved(response)
    },
    onError: (error) => setErrors(formErrorsFrom(error, BAKERY_FORM_FIELDS)),
  })

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        setErrors(noFormErrors)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {trigger}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <BakeryForm
            key={open ? "open" : "closed"}
            initial={initial}
            submitLabel={submitLabel}
            isSubmitting={mutation.isPending}
            errors={errors}
            onSubmit={(values) => mutation.mutate(values)}
            onCancel={() => setOpen(false)}
          />
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
