/** The storefront's address (`STOREFRONT_URL`), without a trailing slash. */
export function storefrontUrl(env: NodeJS.ProcessEnv = process.env) {
  return (env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
}

/** The storefront's page that follows an order live: `<STOREFRONT_URL>/orders/<order id>/track` (README: Emails). */
export function orderTrackingUrl(orderId: string, base = storefrontUrl()) {
  return `${base.replace(/\/+$/, "")}/orders/${encodeURIComponent(orderId)}/track`
}

/** The storefront's page that takes an order's balance: `<STOREFRONT_URL>/orders/<order id>/pay/<payment collection id>` (README: Deposits and cancellation). */
export function balancePayUrl(orderId: string, paymentCollectionId: string, base = storefrontUrl()) {
  return `${base.replace(/\/+$/, "")}/orders/${encodeURIComponent(orderId)}/pay/${encodeURIComponent(paymentCollectionId)}`
}
