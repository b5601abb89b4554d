import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import BakeryOrderLink from "../../../links/bakery-order"
import BakeryProductLink from "../../../links/bakery-product"
import { BAKERY_MODULE } from "../../../modules/bakery"
import BakeryModuleService from "../../../modules/bakery/service"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { sameEmail } from "../rules/member-email"
import { BakeryRole } from "../rules/staff-access"
import { bindBakeryMembersWorkflow } from "../workflows/bind-bakery-members"

/** A member's bakeries and role in each. */
export type BakeryAccess = { memberships: { bakery_id: string; role: BakeryRole }[] }

/**
 * The bakeries a Medusa user works for, or null for a platform admin (a user who
 * never had a membership). A user whose memberships were all removed stays a
 * member of no bakery (they see nothing), never becoming an admin. A membership
 * kept for the user's email (an invite they accepted) is bound to them here if
 * the `user.created` subscriber has not done it yet, so there is no moment in
 * which an invited member would see everything.
 */
export async function loadBakeryAccess(container: MedusaContainer, userId: string): Promise<BakeryAccess | null> {
  const bakeries: BakeryModuleService = container.resolve(BAKERY_MODULE)
  const rows = await bakeries.listBakeryMembers({ user_id: userId }, { select: ["bakery_id", "role", "deleted_at"], withDeleted: true })
  if (rows.length) {
    return { memberships: rows.filter((row) => !row.deleted_at).map((row) => ({ bakery_id: row.bakery_id, role: row.role as BakeryRole })) }
  }
  const users = container.resolve(Modules.USER)
  const [user] = await users.listUsers({ id: userId }, { select: ["id", "email"] })
  if (!user?.email) {
    return null
  }
  const invited = await bakeries.listBakeryMembers({ email: sameEmail(user.email), user_id: null }, { select: ["bakery_id", "role"] })
  if (!invited.length) {
    return null
  }
  await bindBakeryMembersWorkflow(container).run({ input: { user_id: user.id, email: user.email } })
  return { memberships: invited.map((row) => ({ bakery_id: row.bakery_id, role: row.role as BakeryRole })) }
}

export const bakeryIdsOf = (access: BakeryAccess) => [...new Set(access.memberships.map((m) => m.bakery_id))]

export const roleIn = (access: BakeryAccess, bakeryId: string): BakeryRole | null =>
  access.memberships.find((m) => m.bakery_id === bakeryId && m.role === "owner")?.role ??
  access.memberships.find((m) => m.bakery_id === bakeryId)?.role ??
  null

/** The orders of the member's bakeries (ids), for list filters. */
export async function bakeryOrderIds(container: MedusaContainer, bakeryIds: string[]): Promise<string[]> {
  if (!bakeryIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: BakeryOrderLink.entryPoint, fields: ["order_id"], filters: { bakery_id: bakeryIds } })
  return data.map((link) => link.order_id as string)
}

/** The cakes (product ids) of the member's bakeries. */
export async function bakeryProductIds(container: MedusaContainer, bakeryIds: string[]): Promise<string[]> {
  if (!bakeryIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: BakeryProductLink.entryPoint, fields: ["product_id"], filters: { bakery_id: bakeryIds } })
  return data.map((link) => link.product_id as string)
}

/** The customers who ordered from the member's bakeries. */
export async function bakeryCustomerIds(container: MedusaContainer, bakeryIds: string[]): Promise<string[]> {
  const orderIds = await bakeryOrderIds(container, bakeryIds)
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id: orderIds } })
  return [...new Set(data.map((order) => order.customer_id as string | null).filter((id): id is string => !!id))]
}

const notFound = (what: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found`)

/** The bakery an order, product, customer or driver belongs to, among the member's; a 404 (as if missing) otherwise. */
export async function assertOrderOfBakeries(container: MedusaContainer, orderId: string, bakeryIds: string[]) {
  if (!bakeryIds.length) throw notFound("Order", orderId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: BakeryOrderLink.entryPoint, fields: ["bakery_id"], filters: { order_id: orderId, bakery_id: bakeryIds } })
  if (!data.length) throw notFound("Order", orderId)
}

/** A payment collection of an order of the member's bakeries (a balance recorded as paid in cash); a 404 otherwise. */
export async function assertPaymentCollectionOfBakeries(container: MedusaContainer, collectionId: string, bakeryIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collectionId } })
  const orderId = data[0]?.order_id as string | undefined
  if (!orderId) throw notFound("Payment collection", collectionId)
  await assertOrderOfBakeries(container, orderId, bakeryIds).catch(() => {
    throw notFound("Payment collection", collectionId)
  })
}

export async function assertProductOfBakeries(container: MedusaContainer, productId: string, bakeryIds: string[]) {
  if (!bakeryIds.length) throw notFound("Product", productId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: BakeryProductLink.entryPoint, fields: ["bakery_id"], filters: { product_id: productId, bakery_id: bakeryIds } })
  if (!data.length) throw notFound("Product", productId)
}

export async function assertCustomerOfBakeries(container: MedusaContainer, customerId: string, bakeryIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { customer_id: customerId } })
  const orderIds = orders.map((order) => order.id as string)
  if (!orderIds.length || !bakeryIds.length) throw notFound("Customer", customerId)
  const { data } = await query.graph({ entity: BakeryOrderLink.entryPoint, fields: ["order_id"], filters: { order_id: orderIds, bakery_id: bakeryIds } })
  if (!data.length) throw notFound("Customer", customerId)
}

/** The bakery of a driver, when it is one of the member's; a 404 otherwise. */
export async function driverBakeryAmong(container: MedusaContainer, driverId: string, bakeryIds: string[]): Promise<string> {
  const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
  const [driver] = await drivers.listDrivers({ id: driverId }, { select: ["bakery_id"] })
  if (!driver || !bakeryIds.includes(driver.bakery_id)) throw notFound("Driver", driverId)
  return driver.bakery_id
}

/** How a cake's variants, images and inventory items are read, and the path from each to its cakes. */
const PRODUCT_PARTS = {
  variants: { entity: "variant", productPath: "product_id", word: "Variant" },
  images: { entity: "product_image", productPath: "product_id", word: "Image" },
  inventory_items: { entity: "inventory_item", productPath: "variants.product_id", word: "Inventory item" },
} as const

/** The variants, images and inventory items a request names, by their ids. */
export type ProductParts = Record<keyof typeof PRODUCT_PARTS, string[]>

type ProductPart = { id: string; product_id?: string | null; variants?: { product_id?: string | null }[] | null }

/** The cakes a variant or image belongs to, or that an inventory item stocks (through its variants). */
const productIdsOf = (record: ProductPart): string[] =>
  record.product_id ? [record.product_id] : (record.variants ?? []).map((variant) => variant.product_id).filter((id): id is string => !!id)

/**
 * Every variant, image and inventory item named is of the member's bakeries' cakes (an
 * inventory item: it stocks one, and only theirs); the first that is not is a 404, as
 * if missing.
 */
export async function assertProductPartsOfBakeries(container: MedusaContainer, parts: ProductParts, bakeryIds: string[]) {
  const named = (Object.keys(PRODUCT_PARTS) as (keyof ProductParts)[]).filter((kind) => parts[kind].length)
  if (!named.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ours = new Set(await bakeryProductIds(container, bakeryIds))
  for (const kind of named) {
    const { entity, productPath, word } = PRODUCT_PARTS[kind]
    const { data } = await query.graph({ entity, fields: ["id", productPath], filters: { id: [...new Set(parts[kind])] } })
    const productsOf = new Map((data as ProductPart[]).map((record) => [record.id, productIdsOf(record)] as const))
    const stranger = parts[kind].find((id) => {
      const products = productsOf.get(id) ?? []
      return !products.length || !products.every((productId) => ours.has(productId))
    })
    if (stranger) throw notFound(word, stranger)
  }
}

const ORDER_PARTS = { items: "Order item", fulfillments: "Fulfillment" } as const

/** A line item or fulfillment named beside an order is that order's own; a 404, as if missing, otherwise. */
export async function assertPartOfOrder(container: MedusaContainer, orderId: string, relation: keyof typeof ORDER_PARTS, partId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: [`${relation}.id`], filters: { id: orderId } })
  const parts: ({ id: string } | null)[] = data[0]?.[relation] ?? []
  if (!parts.some((part) => part?.id === partId)) throw notFound(ORDER_PARTS[relation], partId)
}
