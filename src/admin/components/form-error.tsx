import { Text } from "@medusajs/ui"

/** The part of an API error that belongs to no single field. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert" data-form-error>
      {message}
    </Text>
  ) : null
