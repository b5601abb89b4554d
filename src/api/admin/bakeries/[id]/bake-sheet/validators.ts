import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../../../utils/zoned-time"

export const AdminGetBakeSheetParams = z.strictObject({
  date: z
    .string()
    .refine(isCalendarDate, "date must be a calendar date written YYYY-MM-DD, e.g. 2026-12-01")
    .optional()
    .meta({ description: "The day, YYYY-MM-DD, in the bakery's time zone. Default: today there." }),
  format: z.enum(["json", "csv"]).optional().meta({
    description:
      "`csv`: the same sheet as `text/csv`, one row per cake (an order line) with its ticket's window, customer and balance due; cells a spreadsheet would run as a formula start with `'`.",
  }),
})
export type AdminGetBakeSheetParamsType = z.infer<typeof AdminGetBakeSheetParams>

const Customization = z.object({
  message: z.string().nullable(),
  egg_version: z.string().nullable(),
  shape: z.string().nullable(),
  toppings: z.array(z.string()),
  notes: z.string().nullable(),
})

export const AdminBakeSheetTicket = z
  .object({
    order_id: z.string(),
    display_id: z.number(),
    slot: z.object({ starts_at: z.iso.datetime(), ends_at: z.iso.datetime() }).nullable(),
    fulfillment: z.enum(["pickup", "delivery"]),
    customer: z.object({ first_name: z.string().nullable(), last_name: z.string().nullable(), phone: z.string().nullable() }),
    items: z.array(
      z.object({ title: z.string().nullable(), variant_title: z.string().nullable(), quantity: z.number(), customization: Customization.nullable() })
    ),
    notes: z.string().nullable().meta({ description: "The cakes' notes from the shopper, one per line." }),
    balance: z
      .object({
        currency_code: z.string(),
        paid: z.number(),
        due: z.number().meta({ description: "Still owed (a deposit order's balance), in the currency's main unit; 0 when paid." }),
        due_at: z.iso.datetime().nullable(),
        unpaid_at_cutoff: z.boolean().meta({ description: "Something is owed and its due time has passed: collect it on the day." }),
      })
      .nullable(),
  })
  .meta({ id: "AdminBakeSheetTicket", description: "One order to bake and hand over." })

export const AdminBakeSheet = z
  .object({
    bakery_id: z.string(),
    date: z.string().meta({ description: "The day, YYYY-MM-DD in the bakery's time zone." }),
    totals: z.array(
      z.object({
        product_id: z.string().nullable(),
        title: z.string().nullable(),
        variant_title: z.string().nullable(),
        shape: z.string().nullable(),
        egg_version: z.string().nullable(),
        quantity: z.number(),
      })
    ),
    tickets: z.array(AdminBakeSheetTicket),
  })
  .meta({ id: "AdminBakeSheet" })

export const AdminBakeSheetResponse = z.object({ bake_sheet: AdminBakeSheet })
