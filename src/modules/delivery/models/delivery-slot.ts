import { model } from "@medusajs/framework/utils"

/**
 * The delivery window a shopper booked for a cart; at checkout it becomes the
 * order's. Linked to the cart and the order.
 */
export const DeliverySlot = model
  .define(
    { name: "delivery_slot", tableName: "delivery_slot" },
    {
      id: model.id({ prefix: "dslot" }).primaryKey(),
      bakery_id: model.text(),
      // The delivery day in the bakery's time zone (YYYY-MM-DD): what daily capacity counts against.
      date: model.text(),
      starts_at: model.dateTime(),
      ends_at: model.dateTime(),
      // Cakes this delivery takes from the day's capacity; set when the order is placed.
      cake_quantity: model.number().default(0),
      // Set when the cart became an order: only booked slots use capacity.
      booked_at: model.dateTime().nullable(),
      // Set when the order was cancelled: the capacity is free again.
      released_at: model.dateTime().nullable(),
    }
  )
  .indexes([{ on: ["bakery_id", "date"], where: "deleted_at IS NULL" }])
