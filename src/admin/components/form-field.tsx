import { Label, Text } from "@medusajs/ui"
import { ReactNode } from "react"

type FormFieldProps = {
  /** The API field name; ties the input, label and error together. */
  name: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}

/** A labelled input with the API's message for this field right under it. */
export const FormField = ({ name, label, hint, error, children }: FormFieldProps) => (
  <div className="flex flex-col gap-y-1" data-field={name}>
    <Label htmlFor={name} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && !error && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
    {error && (
      <Text size="xsmall" className="text-ui-fg-error" role="alert" data-error-for={name}>
        {error}
      </Text>
    )}
  </div>
)
