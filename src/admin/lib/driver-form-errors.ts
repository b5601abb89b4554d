import { FormErrors, formErrorsFrom } from "./field-errors"

/** The driver fields staff fill in, by their API names. */
export const DRIVER_FORM_FIELDS = ["name", "email", "phone"] as const

/**
 * An API error on the driver form, next to the field it is about: the 422 for an
 * email another driver has ("A driver with the email … already exists") names no
 * field by itself, yet belongs under the email.
 */
export function driverFormErrors(error: unknown): FormErrors {
  const errors = formErrorsFrom(error, DRIVER_FORM_FIELDS)
  if (errors.form && !errors.fields.email && /\bthe email\b/i.test(errors.form)) {
    return { fields: { ...errors.fields, email: errors.form }, form: null }
  }
  return errors
}
