import type { Client } from "@medusajs/js-sdk"
import type { OrderCancellationResponse, StoreOrderBalanceResponse } from "../types/bakery/deposit-http"
import type { StoreBakeriesQuery, StoreBakeriesResponse, StoreBakeryResponse } from "../types/bakery/http"
import type {
  StoreAddCakeToCartBody,
  StoreCakeCartResponse,
  StoreCakeCustomizationsQuery,
  StoreCakeCustomizationsResponse,
  StoreCakeQuery,
  StoreCakeResponse,
  StoreCakesQuery,
  StoreCakesResponse,
  StoreUpdateCakeInCartBody,
} from "../types/cake/http"
import type {
  StoreBakeryCalendarQuery,
  StoreBakeryCalendarResponse,
  StoreDeliverySlotsQuery,
  StoreDeliverySlotsResponse,
  StoreOrderDeliveryResponse,
  StoreSetCartDeliverySlotBody,
} from "../types/delivery/http"
import { DeliveryStreamOptions, followDeliveryStream } from "./delivery-stream"
import { photoForm, request, requestImage, segment } from "./request"

/** `fields` of a single-resource answer, as Medusa's own routes take it. */
type Select = { fields?: string }

/** The shopper-facing SweetSpot routes; the client must carry the publishable key. */
export const storeHelpers = (client: Client) => ({
  bakeries: {
    list: (query: Partial<StoreBakeriesQuery> = {}) => request<StoreBakeriesResponse>(client, "/store/bakeries", { query }),
    retrieve: (id: string, query: Select = {}) =>
      request<StoreBakeryResponse>(client, `/store/bakeries/${segment(id)}`, { query }),
    deliverySlots: (id: string, query: StoreDeliverySlotsQuery) =>
      request<StoreDeliverySlotsResponse>(client, `/store/bakeries/${segment(id)}/delivery-slots`, { query }),
    calendar: (id: string, query: StoreBakeryCalendarQuery) =>
      request<StoreBakeryCalendarResponse>(client, `/store/bakeries/${segment(id)}/calendar`, { query }),
  },
  cakes: {
    list: (query: Partial<StoreCakesQuery> = {}) => request<StoreCakesResponse>(client, "/store/cakes", { query }),
    retrieve: (id: string, query: StoreCakeQuery = {}) =>
      request<StoreCakeResponse>(client, `/store/cakes/${segment(id)}`, { query }),
  },
  carts: {
    addCake: (cartId: string, body: StoreAddCakeToCartBody, query: Select = {}) =>
      request<StoreCakeCartResponse>(client, `/store/carts/${segment(cartId)}/cakes`, { method: "POST", body, query }),
    updateCake: (cartId: string, lineId: string, body: StoreUpdateCakeInCartBody, query: Select = {}) =>
      request<StoreCakeCartResponse>(client, `/store/carts/${segment(cartId)}/cakes/${segment(lineId)}`, {
        method: "POST",
        body,
        query,
      }),
    /** Attaches (or replaces) a cake line's reference photo: a JPEG, PNG or WebP Blob or File of at most 5 MB. */
    uploadCakePhoto: (cartId: string, lineId: string, photo: Blob, query: Select = {}) =>
      request<StoreCakeCartResponse>(client, `/store/carts/${segment(cartId)}/cakes/${segment(lineId)}/photo`, {
        method: "POST",
        body: photoForm(photo),
        query,
      }),
    /** Takes a cake line's photo off. */
    removeCakePhoto: (cartId: string, lineId: string, query: Select = {}) =>
      request<StoreCakeCartResponse>(client, `/store/carts/${segment(cartId)}/cakes/${segment(lineId)}/photo`, {
        method: "DELETE",
        query,
      }),
    /** A cake line's photo as a Blob (e.g. for `URL.createObjectURL`). */
    cakePhoto: (cartId: string, lineId: string) =>
      requestImage(client, `/store/carts/${segment(cartId)}/cakes/${segment(lineId)}/photo`),
    setDeliverySlot: (cartId: string, body: StoreSetCartDeliverySlotBody, query: Select = {}) =>
      request<StoreCakeCartResponse>(client, `/store/carts/${segment(cartId)}/delivery-slot`, {
        method: "POST",
        body,
        query,
      }),
  },
  customers: {
    listCakeCustomizations: (query: Partial<StoreCakeCustomizationsQuery> = {}) =>
      request<StoreCakeCustomizationsResponse>(client, "/store/customers/me/cake-customizations", { query }),
  },
  orders: {
    delivery: (orderId: string) =>
      request<StoreOrderDeliveryResponse>(client, `/store/orders/${segment(orderId)}/delivery`),
    /** The shopper's order, live: `for await (const { delivery } of ...deliveryStream(id))`; ends once delivered, collected or cancelled. */
    deliveryStream: (orderId: string, options?: DeliveryStreamOptions) =>
      followDeliveryStream(client, `/store/orders/${segment(orderId)}/delivery/stream`, options),
    /** The photo sent with an ordered cake, as a Blob. */
    cakePhoto: (orderId: string, itemId: string) =>
      requestImage(client, `/store/orders/${segment(orderId)}/items/${segment(itemId)}/photo`),
    /** Paid, still due, by when, and the balance's payment collection once asked for. */
    balance: (orderId: string) => request<StoreOrderBalanceResponse>(client, `/store/orders/${segment(orderId)}/balance`),
    /** After a payment session on the balance's collection (Medusa's `store.payment.initiatePaymentSession`): authorise and capture it. */
    payBalance: (orderId: string) =>
      request<StoreOrderBalanceResponse>(client, `/store/orders/${segment(orderId)}/balance/pay`, { method: "POST" }),
    /** Cancel inside the bakery's window (everything paid goes back); a 409 names the deadline after it. */
    cancel: (orderId: string) =>
      request<OrderCancellationResponse>(client, `/store/orders/${segment(orderId)}/cancel`, { method: "POST" }),
  },
})
