import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CakePhoto } from "../../../types/cake/cake-options"
import { assertCartAccess, assertCartOpen, assertOrderAccess } from "../../checkout/rules/owner-access"

const lineNotFound = (lineId: string, parentId: string, parent: "cart" | "order") =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Cake line ${lineId} was not found in ${parent} ${parentId}`)

const noPhoto = (lineId: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Cake line ${lineId} has no photo`)

/**
 * Before an upload is read: the cart is the shopper's (404 otherwise), still
 * open, the line is one of its customised cakes, and the cake takes a photo.
 * One query; the attach workflow checks all of it again under the cart's lock.
 */
export async function assertCakeLineTakesPhoto(
  container: MedusaContainer,
  { cart_id, line_id, customer_id }: { cart_id: string; line_id: string; customer_id?: string | null }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "customer.has_account",
      "completed_at",
      "items.id",
      "items.product_title",
      "items.cake_customization.id",
      "items.product.title",
      "items.product.cake_profile.photo",
    ],
    filters: { id: cart_id },
  })
  assertCartAccess(cart, cart_id, customer_id)
  assertCartOpen(cart, cart_id)
  const line = (cart.items ?? []).find((item: any) => item?.id === line_id) as any
  if (!line?.cake_customization) {
    throw lineNotFound(line_id, cart_id, "cart")
  }
  if (!line.product?.cake_profile?.photo?.accepted) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `photo: ${line.product?.title ?? line.product_title ?? "this cake"} takes no photo`)
  }
}

/** The photo on a cart's cake line, for whoever may see the cart (404 for a line without one). */
export async function cartLinePhoto(
  container: MedusaContainer,
  { cart_id, line_id, customer_id }: { cart_id: string; line_id: string; customer_id?: string | null }
): Promise<CakePhoto> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account", "items.id", "items.cake_customization.photo"],
    filters: { id: cart_id },
  })
  assertCartAccess(cart, cart_id, customer_id)
  const line = (cart.items ?? []).find((item: any) => item?.id === line_id) as any
  if (!line?.cake_customization) {
    throw lineNotFound(line_id, cart_id, "cart")
  }
  if (!line.cake_customization.photo) {
    throw noPhoto(line_id)
  }
  return line.cake_customization.photo
}

/**
 * The photo on an order's cake line. `customer_id` is the shopper asking (their own
 * order, or a guest's by its id); staff pass `staff: true` and see every order's.
 */
export async function orderLinePhoto(
  container: MedusaContainer,
  { order_id, item_id, customer_id, staff }: { order_id: string; item_id: string; customer_id?: string | null; staff?: boolean }
): Promise<CakePhoto> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account", "items.id", "items.cake_customization.photo"],
    filters: { id: order_id },
  })
  if (staff) {
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
  } else {
    assertOrderAccess(order, order_id, customer_id)
  }
  const item = (order.items ?? []).find((i: any) => i?.id === item_id) as any
  if (!item?.cake_customization) {
    throw lineNotFound(item_id, order_id, "order")
  }
  if (!item.cake_customization.photo) {
    throw noPhoto(item_id)
  }
  return item.cake_customization.photo
}
