import { AxiosInstance, AxiosRequestConfig } from "axios"

/** An order fulfilled in one go, and what staff do with it next. */
export type FulfilledOrder = {
  fulfillmentId: string
  /** Hands the parcel to the courier (Medusa's shipment). */
  ship: () => Promise<unknown>
  /** Marks it delivered. */
  deliver: () => Promise<unknown>
}

/** Staff fulfil every line of an order in one fulfillment, through Medusa's Admin API. */
export async function fulfilOrder(api: AxiosInstance, orderId: string, config: AxiosRequestConfig = {}): Promise<FulfilledOrder> {
  const { data } = await api.get(`/admin/orders/${orderId}`, { ...config, params: { fields: "+items.id,+items.quantity" } })
  const items = data.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
  const { data: fulfilled } = await api.post(`/admin/orders/${orderId}/fulfillments`, { items }, { ...config, params: { fields: "*fulfillments" } })
  const fulfillmentId = fulfilled.order.fulfillments[0].id as string
  const path = `/admin/orders/${orderId}/fulfillments/${fulfillmentId}`
  return {
    fulfillmentId,
    ship: () => api.post(`${path}/shipments`, { items }, config),
    deliver: () => api.post(`${path}/mark-as-delivered`, {}, config),
  }
}
