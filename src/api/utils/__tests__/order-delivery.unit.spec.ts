import { OrderDeliveryStreamEvent, StoreOrderDeliveryResponse } from "../../store/orders/[id]/delivery/validators"
import { loadLiveOrderDelivery, loadOrderDelivery } from "../order-delivery"

const driverView = jest.fn()
jest.mock("../../../workflows/delivery/utils/order-driver-view", () => ({ orderDriverView: (...args: unknown[]) => driverView(...args) }))

/** A shipped delivery order as query.graph answers it. */
const shippedOrder = {
  id: "order_1",
  customer_id: "cus_1",
  status: "pending",
  items: [{ quantity: 1, detail: { quantity: 1, fulfilled_quantity: 1, shipped_quantity: 1, delivered_quantity: 0 } }],
  shipping_methods: [{ data: { fulfillment: "delivery" } }],
  delivery_slot: { starts_at: "2026-12-02T10:00:00.000Z", ends_at: "2026-12-02T12:00:00.000Z" },
  delivery_estimate: {
    eta_at: "2026-12-02T11:10:00.000Z",
    distance_meters: 4200,
    duration_seconds: 900,
    source: "google",
    computed_at: "2026-12-02T10:55:00.000Z",
    arriving_soon_notified_at: null,
  },
}

const containerAnswering = (orders: unknown[]) => ({ resolve: () => ({ graph: async () => ({ data: orders }) }) }) as any

describe("an order's delivery, for the JSON route and the streams", () => {
  beforeEach(() => driverView.mockReset())

  it("answers the JSON route's body, in its schema, and the owner", async () => {
    const loaded = await loadOrderDelivery(containerAnswering([shippedOrder]), "order_1")
    expect(loaded!.customer_id).toEqual("cus_1")
    expect(StoreOrderDeliveryResponse.parse({ delivery: loaded!.delivery })).toEqual({ delivery: loaded!.delivery })
    expect(loaded!.delivery).toEqual({
      fulfillment: "delivery",
      status: "shipped",
      slot: shippedOrder.delivery_slot,
      estimate: { eta_at: "2026-12-02T11:10:00.000Z", distance_meters: 4200, duration_seconds: 900, source: "google", computed_at: "2026-12-02T10:55:00.000Z", origin: "bakery" },
    })
    expect(await loadOrderDelivery(containerAnswering([]), "order_2")).toBeNull()
  })

  it("adds the driver carrying the order, first name and position only, and nothing while none does", async () => {
    const driver = { first_name: "Ada", latitude: 51.52, longitude: -0.07, updated_at: "2026-12-02T10:54:00.000Z" }
    driverView.mockResolvedValueOnce(driver)
    const carried = await loadLiveOrderDelivery(containerAnswering([shippedOrder]), "order_1")
    expect(driverView).toHaveBeenCalledWith(expect.anything(), "order_1")
    expect(carried!.delivery.driver).toEqual(driver)
    expect(OrderDeliveryStreamEvent.parse({ delivery: carried!.delivery })).toEqual({ delivery: carried!.delivery })

    driverView.mockResolvedValueOnce(null)
    const alone = await loadLiveOrderDelivery(containerAnswering([shippedOrder]), "order_1")
    expect(alone!.delivery).not.toHaveProperty("driver")
    expect(alone!.delivery).toEqual((await loadOrderDelivery(containerAnswering([shippedOrder]), "order_1"))!.delivery)
  })
})
