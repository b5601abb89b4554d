import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { DELIVERY_MODULE } from ".."
import { DeliveryEstimate } from "../models/delivery-estimate"
import { DeliverySlot } from "../models/delivery-slot"
import { OutForDelivery } from "../models/out-for-delivery"
import DeliveryModuleService, { DeliveryEstimateRow } from "../service"

jest.setTimeout(60 * 1000)

const estimateOf = (order_id: string, minutes: number) => ({
  order_id,
  bakery_id: "bkry_1",
  origin: "51.52000,-0.07000",
  origin_kind: "bakery" as const,
  destination: "51.53000,-0.08000",
  distance_meters: 1000 * minutes,
  duration_seconds: 60 * minutes,
  eta_at: new Date(Date.UTC(2026, 11, 2, 10, minutes)),
  source: "google" as const,
  fallback_reason: null,
  computed_at: new Date(Date.UTC(2026, 11, 2, 10, 0)),
})

moduleIntegrationTestRunner<DeliveryModuleService>({
  moduleName: DELIVERY_MODULE,
  moduleModels: [DeliverySlot, DeliveryEstimate, OutForDelivery],
  resolve: "./src/modules/delivery",
  testSuite: ({ service }) => {
    describe("DeliveryModuleService estimates", () => {
      it("keeps one live estimate per order: a second one for the same order is refused", async () => {
        await service.createDeliveryEstimates(estimateOf("order_one", 10))
        await expect(service.createDeliveryEstimates(estimateOf("order_one", 20))).rejects.toThrow()
        expect(await service.listDeliveryEstimates({ order_id: "order_one" })).toHaveLength(1)
        // A deleted estimate does not count: the order may have a new one.
        const [first] = await service.listDeliveryEstimates({ order_id: "order_one" })
        await service.softDeleteDeliveryEstimates(first.id)
        await service.createDeliveryEstimates(estimateOf("order_one", 20))
        expect(await service.listDeliveryEstimates({ order_id: "order_one" })).toHaveLength(1)
      })

      it("rewrites every field of the given estimates in bulk, and nothing else", async () => {
        const [a, b, untouched] = await service.createDeliveryEstimates([estimateOf("order_a", 10), estimateOf("order_b", 11), estimateOf("order_c", 12)])
        const rewritten: DeliveryEstimateRow[] = [
          {
            id: a.id,
            bakery_id: "bkry_2",
            origin: "51.50000,-0.10000",
            origin_kind: "driver",
            destination: "51.54000,-0.09000",
            distance_meters: 4321,
            duration_seconds: 777,
            eta_at: new Date(Date.UTC(2026, 11, 2, 11, 13)),
            source: "google",
            fallback_reason: null,
            computed_at: new Date(Date.UTC(2026, 11, 2, 11, 0)),
            arriving_soon_notified_at: new Date(Date.UTC(2026, 11, 2, 11, 0)),
          },
          {
            id: b.id,
            bakery_id: "bkry_1",
            origin: "51.52000,-0.07000",
            origin_kind: "bakery",
            destination: "1 Brick Lane, London",
            distance_meters: null,
            duration_seconds: null,
            eta_at: new Date(Date.UTC(2026, 11, 2, 12, 0)),
            source: "fallback",
            fallback_reason: "no Google Maps API key",
            computed_at: new Date(Date.UTC(2026, 11, 2, 11, 0)),
            arriving_soon_notified_at: null,
          },
        ]
        await service.updateDeliveryEstimatesInBulk(rewritten)

        const byId = new Map((await service.listDeliveryEstimates({ id: [a.id, b.id, untouched.id] })).map((e) => [e.id, e]))
        for (const row of rewritten) {
          expect(byId.get(row.id)).toEqual(expect.objectContaining({ ...row, eta_at: row.eta_at, computed_at: row.computed_at }))
        }
        expect(byId.get(a.id)!.order_id).toEqual("order_a")
        expect(byId.get(untouched.id)).toEqual(expect.objectContaining({ distance_meters: 12000, bakery_id: "bkry_1", computed_at: untouched.computed_at }))
      })

      it("lists the orders out for delivery with each one's estimate, found by the order", async () => {
        await service.createOutForDeliveries([
          { order_id: "order_x", bakery_id: "bkry_1", destination: { address: "1 Brick Lane, London" }, slot_ends_at: null },
          { order_id: "order_y", bakery_id: "bkry_1", destination: null, slot_ends_at: null },
        ])
        const estimate = await service.createDeliveryEstimates(estimateOf("order_x", 15))
        const listed = Object.fromEntries((await service.listOrdersOutForDelivery()).map((order) => [order.order_id, order]))
        expect(listed.order_x.estimate).toEqual(expect.objectContaining({ id: estimate.id, duration_seconds: 900 }))
        expect(listed.order_y.estimate).toBeNull()
      })
    })

    describe("DeliveryModuleService bookings", () => {
      const slot = (bakery_id: string, date: string, hour: number, cake_quantity: number, extra: Record<string, unknown> = {}) => ({
        bakery_id,
        date,
        starts_at: new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`),
        ends_at: new Date(`${date}T${String(hour + 2).padStart(2, "0")}:00:00Z`),
        cake_quantity,
        booked_at: new Date(),
        ...extra,
      })

      it("sums the cakes booked on each day and window, leaving out carts, cancelled orders, removed slots, other bakeries and other days", async () => {
        const [, , , , , removed] = await service.createDeliverySlots([
          slot("bkry_1", "2026-12-10", 10, 2),
          slot("bkry_1", "2026-12-10", 10, 3),
          slot("bkry_1", "2026-12-10", 14, 1),
          slot("bkry_1", "2026-12-12", 8, 4),
          slot("bkry_1", "2026-12-10", 16, 5, { booked_at: null }),
          slot("bkry_1", "2026-12-10", 16, 6),
          slot("bkry_1", "2026-12-10", 18, 7, { released_at: new Date() }),
          slot("bkry_2", "2026-12-10", 10, 8),
          slot("bkry_1", "2026-12-13", 10, 9),
        ])
        await service.softDeleteDeliverySlots(removed.id)
        expect(await service.bookingsBetween("bkry_1", "2026-12-10", "2026-12-12")).toEqual({
          "2026-12-10": { total: 6, by_window: { "2026-12-10T10:00:00.000Z": 5, "2026-12-10T14:00:00.000Z": 1 } },
          "2026-12-12": { total: 4, by_window: { "2026-12-12T08:00:00.000Z": 4 } },
        })
        expect(await service.bookingsBetween("bkry_1", "2026-12-11", "2026-12-11")).toEqual({})
      })
    })
  },
})
