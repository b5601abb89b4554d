import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createBakeryClosureWorkflow } from "../../../../../workflows/bakery/workflows/create-bakery-closure"
import { listBakeryClosuresWorkflow } from "../../../../../workflows/bakery/workflows/list-bakery-closures"
import { AdminCreateBakeryClosureType } from "../../validators"
import { closureView } from "./closure-view"

/** The bakery's closures not yet over, soonest first, each with the orders booked on its days. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await listBakeryClosuresWorkflow(req.scope).run({ input: { bakery_id: req.params.id } })
  res.json({ closures: result.map((closure) => ({ ...closureView(closure), affected_orders: closure.affected_orders })) })
}

/** Closes the bakery from one day to another; answers the orders already booked on those days (nothing is cancelled). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBakeryClosureType>, res: MedusaResponse) => {
  const { result } = await createBakeryClosureWorkflow(req.scope).run({ input: { bakery_id: req.params.id, ...req.validatedBody } })
  res.json({ closure: closureView(result.closure), affected_orders: result.affected_orders })
}
