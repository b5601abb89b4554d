import { domainConflict } from "../../../errors/domain-conflict"

export type BakeryRef = { id: string; name: string }

/**
 * A cart holds cakes of one bakery (one kitchen, one delivery). Throws a 409
 * naming both bakeries when `adding` brings a cake of another one.
 */
export function assertOneBakery(inCart: BakeryRef[], adding: BakeryRef[]) {
  const all = [...inCart, ...adding]
  const first = all[0]
  const other = all.find((bakery) => bakery.id !== first?.id)
  if (first && other) {
    throw domainConflict(
      `Your cart holds cakes of ${first.name}; a cake of ${other.name} needs a cart of its own (one bakery bakes and delivers each order)`
    )
  }
}
