import type { z } from "@medusajs/framework/zod"
import type {
  AdminBakeryDeliveriesResponse as AdminBakeryDeliveriesAnswer,
  AdminCreateDriver,
  AdminDriver as AdminDriverSchema,
  AdminDriverDeleteResponse as AdminDriverDeleteAnswer,
  AdminDriverResponse as AdminDriverAnswer,
  AdminDriversResponse as AdminDriversAnswer,
  AdminGetBakeryDeliveriesParams,
  AdminUpdateDriver,
} from "../../api/admin/drivers/validators"
import type {
  DriverDelivery as DriverDeliverySchema,
  DriverDeliveriesResponse as DriverDeliveriesAnswer,
  DriverDeliveryResponse as DriverDeliveryAnswer,
  DriverGetDeliveriesParams,
  DriverLocationResponse as DriverLocationAnswer,
  DriverPostLocation,
  DriverProfileResponse as DriverProfileAnswer,
} from "../../api/drivers/validators"

/** What staff see of a driver. */
export type AdminDriver = z.output<typeof AdminDriverSchema>
export type AdminCreateDriverBody = z.input<typeof AdminCreateDriver>
export type AdminUpdateDriverBody = z.input<typeof AdminUpdateDriver>
export type AdminDriverResponse = z.output<typeof AdminDriverAnswer>
export type AdminDriversResponse = z.output<typeof AdminDriversAnswer>
export type AdminDriverDeleteResponse = z.output<typeof AdminDriverDeleteAnswer>
/** A bakery's deliveries of one day, for its Deliveries page. */
export type AdminBakeryDeliveriesQuery = z.input<typeof AdminGetBakeryDeliveriesParams>
export type AdminBakeryDeliveriesResponse = z.output<typeof AdminBakeryDeliveriesAnswer>

/** A delivery as its driver sees it. */
export type DriverDelivery = z.output<typeof DriverDeliverySchema>
export type DriverDeliveriesQuery = z.input<typeof DriverGetDeliveriesParams>
export type DriverDeliveriesResponse = z.output<typeof DriverDeliveriesAnswer>
export type DriverDeliveryResponse = z.output<typeof DriverDeliveryAnswer>
export type DriverLocationBody = z.input<typeof DriverPostLocation>
export type DriverLocationResponse = z.output<typeof DriverLocationAnswer>
export type DriverProfileResponse = z.output<typeof DriverProfileAnswer>
