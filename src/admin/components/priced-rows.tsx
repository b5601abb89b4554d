import { Trash } from "@medusajs/icons"
import { Button, IconButton, Input } from "@medusajs/ui"
import type { PricedRow } from "../lib/cake-profile-form-values"

type PricedRowsProps = {
  /** Names the inputs, e.g. "toppings". */
  name: string
  amountLabel: string
  rows: PricedRow[]
  onChange: (rows: PricedRow[]) => void
}

/** An editable list of name + amount rows (shapes with surcharges, toppings with prices). */
export const PricedRows = ({ name, amountLabel, rows, onChange }: PricedRowsProps) => {
  const update = (index: number, change: Partial<PricedRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)))
  return (
    <div className="flex flex-col gap-y-2" data-rows={name}>
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[1fr_120px_auto] gap-x-2" data-row-index={index}>
          <Input size="small" aria-label={`${name} ${index + 1} name`} value={row.name} onChange={(e) => update(index, { name: e.target.value })} />
          <Input
            size="small"
            type="number"
            step="0.01"
            aria-label={`${name} ${index + 1} ${amountLabel}`}
            value={row.amount}
            onChange={(e) => update(index, { amount: e.target.value })}
          />
          <IconButton
            size="small"
            type="button"
            variant="transparent"
            aria-label={`Remove ${name} ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={() => onChange([...rows, { name: "", amount: "0" }])}>
          Add {name === "toppings" ? "topping" : "shape"}
        </Button>
      </div>
    </div>
  )
}
