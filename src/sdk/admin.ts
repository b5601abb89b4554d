import type { Client } from "@medusajs/js-sdk"
import type { AdminCancelOrderWithRefundBody, OrderCancellationResponse } from "../types/bakery/deposit-http"
import type { AdminBakeryStatsResponse } from "../types/bakery/bakery-stats"
import type {
  AdminBakeriesQuery,
  AdminBakeryClosureDeleteResponse,
  AdminBakeryClosureResponse,
  AdminBakeryClosuresResponse,
  AdminCreateBakeryClosureBody,
  AdminBakeryStatsQuery,
  AdminBakeriesResponse,
  AdminBakeryDeleteResponse,
  AdminBakeryResponse,
  AdminCreateBakeryBody,
  AdminUpdateBakeryBody,
  AdminUpdateBakeryCakesBody,
  AdminBakeryAccessResponse,
  AdminBakeSheetQuery,
  AdminBakeSheetResponse,
  AdminBakeryMemberDeleteResponse,
  AdminBakeryMemberResponse,
  AdminBakeryMembersResponse,
  AdminCreateBakeryMemberBody,
} from "../types/bakery/http"
import type { AdminCakeProfileResponse, AdminOrderCakeDetailsResponse, AdminUpsertCakeProfileBody } from "../types/cake/http"
import type { AdminRefreshDeliveryResponse } from "../types/delivery/http"
import type {
  AdminBakeryDeliveriesQuery,
  AdminBakeryDeliveriesResponse,
  AdminCreateDriverBody,
  AdminDriverDeleteResponse,
  AdminDriverResponse,
  AdminDriversResponse,
  AdminUpdateDriverBody,
} from "../types/driver/http"
import { DeliveryStreamOptions, followDeliveryStream } from "./delivery-stream"
import { request, requestFile, requestImage, requestText, segment } from "./request"

type Select = { fields?: string }

/** The staff-facing SweetSpot routes; the client must be logged in as an admin user or carry a secret key. */
export const adminHelpers = (client: Client) => ({
  bakeries: {
    list: (query: Partial<AdminBakeriesQuery> = {}) => request<AdminBakeriesResponse>(client, "/admin/bakeries", { query }),
    retrieve: (id: string, query: Select = {}) =>
      request<AdminBakeryResponse>(client, `/admin/bakeries/${segment(id)}`, { query }),
    create: (body: AdminCreateBakeryBody, query: Select = {}) =>
      request<AdminBakeryResponse>(client, "/admin/bakeries", { method: "POST", body, query }),
    update: (id: string, body: AdminUpdateBakeryBody, query: Select = {}) =>
      request<AdminBakeryResponse>(client, `/admin/bakeries/${segment(id)}`, { method: "POST", body, query }),
    delete: (id: string) =>
      request<AdminBakeryDeleteResponse>(client, `/admin/bakeries/${segment(id)}`, { method: "DELETE" }),
    updateCakes: (id: string, body: AdminUpdateBakeryCakesBody, query: Select = {}) =>
      request<AdminBakeryResponse>(client, `/admin/bakeries/${segment(id)}/cakes`, { method: "POST", body, query }),
    stats: (id: string, query: AdminBakeryStatsQuery = {}) =>
      request<AdminBakeryStatsResponse>(client, `/admin/bakeries/${segment(id)}/stats`, { query }),
    closures: (id: string) => request<AdminBakeryClosuresResponse>(client, `/admin/bakeries/${segment(id)}/closures`),
    createClosure: (id: string, body: AdminCreateBakeryClosureBody) =>
      request<AdminBakeryClosureResponse>(client, `/admin/bakeries/${segment(id)}/closures`, { method: "POST", body }),
    deleteClosure: (id: string, closureId: string) =>
      request<AdminBakeryClosureDeleteResponse>(client, `/admin/bakeries/${segment(id)}/closures/${segment(closureId)}`, {
        method: "DELETE",
      }),
    /** One day's delivery orders (today in the bakery's time zone by default), each with its stage and driver. */
    deliveries: (id: string, query: AdminBakeryDeliveriesQuery = {}) =>
      request<AdminBakeryDeliveriesResponse>(client, `/admin/bakeries/${segment(id)}/deliveries`, { query }),
    /** The day's production sheet (today in the bakery's time zone by default): totals, then one ticket per order. */
    bakeSheet: (id: string, query: AdminBakeSheetQuery = {}) =>
      request<AdminBakeSheetResponse>(client, `/admin/bakeries/${segment(id)}/bake-sheet`, { query: { ...query, format: "json" } }),
    /** The same sheet as CSV text, one row per cake. */
    bakeSheetCsv: (id: string, query: AdminBakeSheetQuery = {}) =>
      requestText(client, `/admin/bakeries/${segment(id)}/bake-sheet`, { ...query, format: "csv" }, "text/csv"),
  },
  /** The logged-in user's bakeries and roles, or `platform_admin: true`. */
  access: () => request<AdminBakeryAccessResponse>(client, "/admin/bakery-access"),
  members: {
    list: (bakeryId: string) => request<AdminBakeryMembersResponse>(client, `/admin/bakeries/${segment(bakeryId)}/members`),
    /** `user_id` of a user, or `email` of someone who will accept a Medusa invite; `role` `owner` or `staff`. */
    add: (bakeryId: string, body: AdminCreateBakeryMemberBody) =>
      request<AdminBakeryMemberResponse>(client, `/admin/bakeries/${segment(bakeryId)}/members`, { method: "POST", body }),
    /** By the member's user id (or the membership's id, for an email without a user). */
    remove: (bakeryId: string, userId: string) =>
      request<AdminBakeryMemberDeleteResponse>(client, `/admin/bakeries/${segment(bakeryId)}/members/${segment(userId)}`, {
        method: "DELETE",
      }),
  },
  drivers: {
    list: (bakeryId: string) => request<AdminDriversResponse>(client, `/admin/bakeries/${segment(bakeryId)}/drivers`),
    create: (bakeryId: string, body: AdminCreateDriverBody) =>
      request<AdminDriverResponse>(client, `/admin/bakeries/${segment(bakeryId)}/drivers`, { method: "POST", body }),
    update: (id: string, body: AdminUpdateDriverBody) =>
      request<AdminDriverResponse>(client, `/admin/drivers/${segment(id)}`, { method: "POST", body }),
    delete: (id: string) => request<AdminDriverDeleteResponse>(client, `/admin/drivers/${segment(id)}`, { method: "DELETE" }),
  },
  products: {
    retrieveCakeProfile: (productId: string) =>
      request<AdminCakeProfileResponse>(client, `/admin/products/${segment(productId)}/cake-profile`),
    upsertCakeProfile: (productId: string, body: AdminUpsertCakeProfileBody) =>
      request<AdminCakeProfileResponse>(client, `/admin/products/${segment(productId)}/cake-profile`, {
        method: "POST",
        body,
      }),
  },
  /** A private file by its key (the link of Medusa's order export notification), as a Blob: platform admins only. */
  privateFile: (key: string) => requestFile(client, `/static/${segment(key)}`, "text/csv, application/octet-stream"),
  orders: {
    cakeDetails: (orderId: string) =>
      request<AdminOrderCakeDetailsResponse>(client, `/admin/orders/${segment(orderId)}/cake-details`),
    /** Any order, live (the order widget's updates); ends once delivered, collected or cancelled. */
    deliveryStream: (orderId: string, options?: DeliveryStreamOptions) =>
      followDeliveryStream(client, `/admin/orders/${segment(orderId)}/delivery/stream`, options),
    /** The photo a shopper sent with an ordered cake, as a Blob. */
    cakePhoto: (orderId: string, itemId: string) =>
      requestImage(client, `/admin/orders/${segment(orderId)}/items/${segment(itemId)}/photo`),
    refreshDelivery: (orderId: string) =>
      request<AdminRefreshDeliveryResponse>(client, `/admin/orders/${segment(orderId)}/delivery/refresh`, {
        method: "POST",
      }),
    /** Cancel with the bakery's refund choice: `full`, `deposit_kept` or `none`. */
    cancelWithRefund: (orderId: string, body: AdminCancelOrderWithRefundBody) =>
      request<OrderCancellationResponse>(client, `/admin/orders/${segment(orderId)}/cancel-with-refund`, { method: "POST", body }),
  },
})
