import { Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { FeeRow, emptyFeeRow } from "../lib/bakery-form-values"

type DeliveryFeeRowsProps = {
  rows: FeeRow[]
  onChange: (rows: FeeRow[]) => void
}

const COLUMNS = "grid grid-cols-[90px_1fr_1fr_1fr_auto] items-center gap-x-2"

/** The delivery fee table: one row per currency (base + per km, free over an item subtotal), amounts in main units. */
export const DeliveryFeeRows = ({ rows, onChange }: DeliveryFeeRowsProps) => {
  const update = (index: number, change: Partial<FeeRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)))
  const amount = (index: number, field: "base" | "per_km" | "free_over", label: string) => (
    <Input
      size="small"
      type="number"
      step="0.01"
      min="0"
      aria-label={`Fee ${index + 1} ${label}`}
      placeholder={field === "free_over" ? "Never free" : undefined}
      value={rows[index][field]}
      onChange={(e) => update(index, { [field]: e.target.value })}
    />
  )

  return (
    <div className="flex flex-col gap-y-2" data-rows="delivery_fees">
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No fees: delivery is not offered in any currency.
        </Text>
      ) : (
        <div className={`${COLUMNS} text-ui-fg-subtle`}>
          <Text size="xsmall">Currency</Text>
          <Text size="xsmall">Base</Text>
          <Text size="xsmall">Per km</Text>
          <Text size="xsmall">Free over</Text>
          <span />
        </div>
      )}
      {rows.map((row, index) => (
        <div key={index} className={COLUMNS} data-row-index={index}>
          <Input
            size="small"
            aria-label={`Fee ${index + 1} currency`}
            placeholder="GBP"
            maxLength={3}
            value={row.currency_code}
            onChange={(e) => update(index, { currency_code: e.target.value.toUpperCase() })}
          />
          {amount(index, "base", "base")}
          {amount(index, "per_km", "per km")}
          {amount(index, "free_over", "free over")}
          <IconButton
            size="small"
            type="button"
            variant="transparent"
            aria-label={`Remove fee ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={() => onChange([...rows, emptyFeeRow()])}>
          Add currency
        </Button>
      </div>
    </div>
  )
}
