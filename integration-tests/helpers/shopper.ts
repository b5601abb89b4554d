import { AxiosInstance } from "axios"

export type StoreHeaders = Record<string, string>

/** Registers a shopper through Medusa's auth and customer routes and answers headers that act as them. */
export async function registerShopper(api: AxiosInstance, storeHeaders: StoreHeaders, email: string, password = "cake-lover-1") {
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post(
    "/store/customers",
    { email, first_name: "Sam", last_name: "Baker", phone: "+44 7700 900000" },
    { headers: { ...storeHeaders, authorization: `Bearer ${registered.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { ...storeHeaders, authorization: `Bearer ${login.token}` }
}

export async function createCart(api: AxiosInstance, headers: StoreHeaders, regionId: string) {
  const { data } = await api.post("/store/carts", { region_id: regionId }, { headers })
  return data.cart
}

export const LONDON_ADDRESS = {
  first_name: "Sam",
  last_name: "Baker",
  address_1: "1 Brick Lane",
  city: "London",
  postal_code: "E1 6PU",
  country_code: "gb",
  phone: "+44 7700 900000",
}

/** An address Northern Whisk (Manchester) delivers to. */
export const MANCHESTER_ADDRESS = {
  ...LONDON_ADDRESS,
  address_1: "1 Tib Street",
  city: "Manchester",
  postal_code: "M4 1PW",
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

/** The first available delivery window of the cart's bakery from tomorrow on. */
export async function firstAvailableSlot(api: AxiosInstance, headers: StoreHeaders, bakeryId: string, cartId?: string) {
  for (let days = 1; days <= 14; days++) {
    const date = isoDate(new Date(Date.now() + days * 86400000))
    const { data } = await api.get(`/store/bakeries/${bakeryId}/delivery-slots?date=${date}${cartId ? `&cart_id=${cartId}` : ""}`, { headers })
    const slot = data.slots.find((s: any) => s.available)
    if (slot) {
      return slot as { starts_at: string; ends_at: string; available: boolean }
    }
  }
  throw new Error(`Bakery ${bakeryId} has no available delivery window in the next two weeks`)
}

/** Books the first available window for the cart. */
export async function bookFirstSlot(api: AxiosInstance, headers: StoreHeaders, bakeryId: string, cartId: string) {
  const slot = await firstAvailableSlot(api, headers, bakeryId, cartId)
  await api.post(`/store/carts/${cartId}/delivery-slot`, { starts_at: slot.starts_at }, { headers })
  return slot
}

/** How a test order reaches its shopper: the bakery's "Collect from" or "Delivery by" option (shipping option type code). */
export type Fulfillment = "pickup" | "delivery"

/**
 * The cart's bakery's option of a kind, as Medusa's listing offers it. Listed
 * before the address is set, so a refusal that depends on the address (outside
 * the radius) is the add-shipping-method answer's, with its reason.
 */
export async function shippingOptionOf(api: AxiosInstance, headers: StoreHeaders, cartId: string, fulfillment: Fulfillment = "delivery") {
  const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
  const option = data.shipping_options.find((o: any) => o.type?.code === fulfillment)
  if (!option) {
    throw new Error(`Cart ${cartId} is offered no ${fulfillment} option: ${JSON.stringify(data.shipping_options.map((o: any) => o.name))}`)
  }
  return option as { id: string; name: string; type: { code: Fulfillment } }
}

/** Address, delivery (or collection) and a payment session with the system provider: everything but completion. */
export async function prepareCheckout(
  api: AxiosInstance,
  headers: StoreHeaders,
  cartId: string,
  email = "guest@sweetspot.test",
  address: Record<string, unknown> = LONDON_ADDRESS,
  fulfillment: Fulfillment = "delivery"
) {
  const option = await shippingOptionOf(api, headers, cartId, fulfillment)
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: address, billing_address: address }, { headers })
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, { headers })
  await payWithSystemProvider(api, headers, cartId)
}

/** A payment session for the cart's current total (made again after any change to the cart). */
export async function payWithSystemProvider(api: AxiosInstance, headers: StoreHeaders, cartId: string) {
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    { headers }
  )
}

/** Address, delivery (or collection), the system payment provider, completion (the cart needs its slot): answers the order. */
export async function checkout(
  api: AxiosInstance,
  headers: StoreHeaders,
  cartId: string,
  email = "guest@sweetspot.test",
  address: Record<string, unknown> = LONDON_ADDRESS,
  fulfillment: Fulfillment = "delivery"
) {
  await prepareCheckout(api, headers, cartId, email, address, fulfillment)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
  if (data.type !== "order") {
    throw new Error(`Cart ${cartId} did not complete: ${JSON.stringify(data.error ?? data)}`)
  }
  return data.order
}
