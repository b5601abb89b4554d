import { Text } from "@medusajs/ui"
import { ReactNode } from "react"

type QueryStateProps = {
  isLoading: boolean
  error: unknown
  isEmpty?: boolean
  empty?: ReactNode
  children: ReactNode
}

/** Loading, error and empty states shared by the SweetSpot widgets and pages. */
export const QueryState = ({ isLoading, error, isEmpty, empty, children }: QueryStateProps) => {
  if (isLoading) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-state="loading">
        Loading…
      </Text>
    )
  }
  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert" data-state="error">
        {error instanceof Error ? error.message : "Could not load this."}
      </Text>
    )
  }
  if (isEmpty) {
    return (
      <div className="px-6 py-4" data-state="empty">
        {empty}
      </div>
    )
  }
  return <>{children}</>
}
