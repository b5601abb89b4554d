import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DepositTerms } from "../../../types/bakery/deposit"
import { depositAmount, depositPercent, sameAmount, takesDeposit } from "../rules/deposit"

type DepositProduct = { id: string; cake_profile?: { deposit?: DepositTerms | null } | null; bakery?: { id: string; deposit?: DepositTerms | null } | null }

/**
 * The deposit terms that apply to a set of products: the share of the order
 * paid at checkout (a cake's own deposit wins over its bakery's). 0 = in full.
 */
export async function productsDepositPercent(container: MedusaContainer, productIds: string[]): Promise<number> {
  if (!productIds.length) {
    return 0
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "cake_profile.deposit", "bakery.id", "bakery.deposit"],
    filters: { id: [...new Set(productIds)] },
  })
  const cakes = (data as unknown as DepositProduct[]).filter((product) => product.bakery)
  if (!cakes.length) {
    return 0
  }
  return depositPercent(cakes[0].bakery!.deposit, cakes.map((cake) => cake.cake_profile?.deposit ?? null))
}

export type CartDeposit = {
  cart_id: string
  currency_code: string
  total: number
  percent: number
  /** What checkout collects: the deposit. */
  amount: number
  payment_collection: { id: string; amount: number; sessions: { id: string; amount: number; status: string }[] } | null
}

/**
 * A cake cart's deposit, or null when it pays in full (no cakes, no deposit, or
 * already an order): the amount its payment collection must ask for. It runs on
 * every cart change: the cart's total (Medusa works out every line's taxes and
 * promotions for it) and its payment collection are read only for a cart that
 * takes a deposit.
 */
export async function cartDeposit(container: MedusaContainer, cartId: string): Promise<CartDeposit | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [products] } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.product_id"],
    filters: { id: cartId },
  })
  if (!products || products.completed_at) {
    return null
  }
  const productIds = (products.items ?? []).map((item) => item?.product_id).filter(Boolean) as string[]
  const percent = await productsDepositPercent(container, productIds)
  if (!takesDeposit(percent)) {
    return null
  }
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "total",
      "payment_collection.id",
      "payment_collection.amount",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.amount",
      "payment_collection.payment_sessions.status",
    ],
    filters: { id: cartId },
  })
  if (!cart) {
    return null
  }
  const currency = String(cart.currency_code)
  const total = Number(cart.total)
  const collection = cart.payment_collection
  return {
    cart_id: cart.id,
    currency_code: currency,
    total,
    percent,
    amount: depositAmount(total, percent, currency),
    payment_collection: collection
      ? {
          id: collection.id,
          amount: Number(collection.amount),
          sessions: (collection.payment_sessions ?? []).filter(Boolean).map((session: any) => ({
            id: session.id,
            amount: Number(session.amount),
            status: String(session.status),
          })),
        }
      : null,
  }
}

const PROCESSABLE_SESSION_STATUSES = ["pending", "requires_more", "authorized", "captured", "pending_authorization"]

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(amount)

/**
 * Checkout of a deposit cart, whichever route completes it: the payment session
 * must be for the deposit (Medusa authorises whatever a session holds). Pay-in-full
 * carts are Medusa's business, as before.
 */
export async function assertDepositSession(container: MedusaContainer, cartId: string): Promise<CartDeposit | null> {
  const deposit = await cartDeposit(container, cartId)
  if (!deposit) {
    return null
  }
  const sessions = (deposit.payment_collection?.sessions ?? []).filter((session) => PROCESSABLE_SESSION_STATUSES.includes(session.status))
  const wrong = sessions.find((session) => !sameAmount(session.amount, deposit.amount, deposit.currency_code))
  if (wrong) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `This order takes a deposit of ${money(deposit.amount, deposit.currency_code)} (${deposit.percent}% of ${money(deposit.total, deposit.currency_code)}), ` +
        `but the payment session is for ${money(wrong.amount, deposit.currency_code)}: make the payment session again ` +
        `(POST /store/payment-collections/${deposit.payment_collection!.id}/payment-sessions)`
    )
  }
  return deposit
}
