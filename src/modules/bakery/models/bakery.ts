import { model } from "@medusajs/framework/utils"
import { DepositTerms } from "../../../types/bakery/deposit"
import { DeliveryFee } from "../../../types/bakery/delivery-fee"
import { OpeningHours } from "../../../types/bakery/opening-hours"
import { BakeryClosure } from "./bakery-closure"
import { BakeryMember } from "./bakery-member"

/** A shop that bakes and delivers cakes (the seed's "Store"). */
export const Bakery = model
  .define(
    { name: "bakery", tableName: "bakery" },
    {
      id: model.id({ prefix: "bkry" }).primaryKey(),
      name: model.text().searchable(),
      handle: model.text(),
      description: model.text().searchable().nullable(),
      email: model.text().nullable(),
      phone: model.text().nullable(),
      address_1: model.text().nullable(),
      address_2: model.text().nullable(),
      city: model.text().searchable().nullable(),
      province: model.text().nullable(),
      postal_code: model.text().nullable(),
      country_code: model.text().nullable(),
      // Coordinates of the kitchen: origin of deliveries and centre of the delivery radius.
      latitude: model.float().nullable(),
      longitude: model.float().nullable(),
      // IANA zone the opening hours are written in, e.g. Europe/London.
      timezone: model.text().default("Europe/London"),
      // [{ weekday: 1-7 (ISO, Monday = 1), opens: "09:00", closes: "19:00" }]; no entry = closed that day.
      opening_hours: model.json<OpeningHours[]>().default([]),
      // Earliest delivery after ordering.
      lead_time_minutes: model.number().default(240),
      // Cakes per day; null = unlimited.
      daily_capacity: model.number().nullable(),
      delivery_radius_km: model.float().nullable(),
      // Cakes per delivery or collection window, on top of daily_capacity; null = unlimited.
      window_capacity: model.number().nullable(),
      // "HH:MM" in the bakery's time zone: once past, the next day can no longer be booked.
      order_cutoff: model.text().nullable(),
      // Whether shoppers may collect from the bakery.
      pickup_enabled: model.boolean().default(true),
      // What delivery costs per currency: [{ currency_code, base, per_km, free_over? }], main units.
      delivery_fees: model.json<DeliveryFee[]>().default([]),
      // { percent: 0-100 } of the order paid at checkout; null or 0 = paid in full at checkout.
      deposit: model.json<DepositTerms>().nullable(),
      // With a deposit: the balance falls due this many days before the slot starts.
      balance_due_days: model.number().nullable(),
      // A shopper may cancel until this many hours before the slot starts; null = only staff cancel.
      cancellation_window_hours: model.number().nullable(),
      closures: model.hasMany(() => BakeryClosure, { mappedBy: "bakery" }),
      members: model.hasMany(() => BakeryMember, { mappedBy: "bakery" }),
      is_active: model.boolean().default(true),
      metadata: model.json().nullable(),
    }
  )
  .cascades({ delete: ["closures", "members"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["is_active"], where: "deleted_at IS NULL" },
    { on: ["city"], where: "deleted_at IS NULL" },
  ])
