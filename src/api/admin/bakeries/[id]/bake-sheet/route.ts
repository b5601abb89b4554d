import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bakeSheetCsv } from "../../../../../workflows/bakery/rules/bake-sheet"
import { getBakeSheetWorkflow } from "../../../../../workflows/bakery/workflows/get-bake-sheet"
import { AdminGetBakeSheetParamsType } from "./validators"

/** The day's production sheet: totals to bake, then one ticket per order (not cancelled), soonest window first; JSON or CSV. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetBakeSheetParamsType>, res: MedusaResponse) => {
  const { date, format } = req.validatedQuery as AdminGetBakeSheetParamsType
  const { result } = await getBakeSheetWorkflow(req.scope).run({ input: { bakery_id: req.params.id, date } })
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="bake-sheet-${result.date}.csv"`)
    res.setHeader("Cache-Control", "no-store")
    res.send(bakeSheetCsv(result))
    return
  }
  res.json({ bake_sheet: result })
}
