import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../utils/zoned-time"
import { DriverDelivery } from "../../drivers/validators"

const driverFields = {
  name: z.string().trim().min(1, "name must not be empty").max(200),
  email: z.email("email must be an email address").max(320).transform((email) => email.toLowerCase()),
  phone: z.string().trim().max(50).nullish(),
}

export const AdminCreateDriver = z.strictObject(driverFields).meta({ id: "AdminCreateDriver" })
export type AdminCreateDriverType = z.infer<typeof AdminCreateDriver>

export const AdminUpdateDriver = z
  .strictObject({
    ...driverFields,
    is_active: z.boolean().meta({ description: "False deactivates the driver: their token stops working on every driver route." }),
  })
  .partial()
  .meta({ id: "AdminUpdateDriver" })
export type AdminUpdateDriverType = z.infer<typeof AdminUpdateDriver>

export const AdminDriver = z
  .object({
    id: z.string(),
    bakery_id: z.string(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    is_active: z.boolean(),
    registered: z.boolean().meta({ description: "Whether the driver has registered their login (with this email)." }),
    position_recorded_at: z.iso.datetime().nullable().meta({ description: "When the latest position was taken; only the latest is kept." }),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "AdminDriver", description: "Someone who delivers a bakery's cakes." })

export const AdminDriverResponse = z.object({ driver: AdminDriver })
export const AdminDriversResponse = z.object({ drivers: z.array(AdminDriver) })
export const AdminDriverDeleteResponse = z.object({ id: z.string(), object: z.literal("driver"), deleted: z.literal(true) })

export const AdminGetBakeryDeliveriesParams = z.strictObject({
  date: z
    .string()
    .refine(isCalendarDate, "date must be a calendar date written YYYY-MM-DD, e.g. 2026-12-01")
    .optional()
    .meta({ description: "The day, YYYY-MM-DD, in the bakery's time zone. Default: today there." }),
})
export type AdminGetBakeryDeliveriesParamsType = z.infer<typeof AdminGetBakeryDeliveriesParams>

export const AdminBakeryDeliveriesResponse = z.object({
  date: z.string().meta({ description: "The day listed, YYYY-MM-DD in the bakery's time zone." }),
  deliveries: z.array(DriverDelivery),
  count: z.number(),
})
