import { MedusaError } from "@medusajs/framework/utils"
import {
  assertShopperMayCancel,
  balanceDueAt,
  cancellationDeadline,
  currencyDecimals,
  depositAmount,
  depositPercent,
  planCancellation,
  refundAmount,
  sameAmount,
  takesDeposit,
} from "../deposit"
import { balanceOf } from "../../utils/order-balance"

const slot = new Date("2026-12-20T10:00:00.000Z")

describe("deposit terms", () => {
  it("uses the bakery's share unless a cake sets its own, and the highest share of a mixed cart", () => {
    expect(depositPercent(null, [null])).toBe(0)
    expect(depositPercent({ percent: 30 }, [null, undefined])).toBe(30)
    expect(depositPercent({ percent: 30 }, [{ percent: 50 }])).toBe(50)
    expect(depositPercent({ percent: 30 }, [{ percent: 0 }])).toBe(0)
    expect(depositPercent({ percent: 30 }, [{ percent: 0 }, null])).toBe(30)
    expect(depositPercent({ percent: 150 }, [])).toBe(100)
  })

  it("takes a deposit only strictly between 0 and 100 percent", () => {
    expect(takesDeposit(0)).toBe(false)
    expect(takesDeposit(100)).toBe(false)
    expect(takesDeposit(30)).toBe(true)
  })
})

describe("deposit amount", () => {
  it("rounds half up to the currency's minor unit", () => {
    expect(currencyDecimals("gbp")).toBe(2)
    expect(currencyDecimals("JPY")).toBe(0)
    expect(currencyDecimals("kwd")).toBe(3)
    expect(depositAmount(45.5, 30, "gbp")).toBe(13.65)
    expect(depositAmount(10.05, 50, "gbp")).toBe(5.03)
    expect(depositAmount(1001, 30, "jpy")).toBe(300)
    expect(depositAmount(1005, 50, "jpy")).toBe(503)
    expect(depositAmount(12.345, 10, "kwd")).toBe(1.235)
  })

  it("is the whole total when the order pays in full", () => {
    expect(depositAmount(45.5, 0, "gbp")).toBe(45.5)
    expect(depositAmount(45.5, 100, "gbp")).toBe(45.5)
  })

  it("compares amounts to the minor unit (Stripe's integer amounts)", () => {
    expect(sameAmount(13.65, 13.650000001, "gbp")).toBe(true)
    expect(sameAmount(13.65, 13.66, "gbp")).toBe(false)
    expect(sameAmount(300, 300.4, "jpy")).toBe(true)
  })
})

describe("balance due", () => {
  it("falls due balance_due_days before the slot", () => {
    expect(balanceDueAt(slot, 3, "Europe/London").toISOString()).toBe("2026-12-17T10:00:00.000Z")
    expect(balanceDueAt(slot, null, "Europe/London").toISOString()).toBe(slot.toISOString())
    expect(balanceDueAt(slot, 0, "Europe/London").toISOString()).toBe(slot.toISOString())
  })

  it("falls due at the slot's wall-clock time where the bakery is, across a clock change", () => {
    // 10:00 on Monday 29 March 2027 in London is 09:00Z (BST); the clocks went forward on the 28th.
    const afterSpring = new Date("2027-03-29T09:00:00Z")
    expect(balanceDueAt(afterSpring, 3, "Europe/London").toISOString()).toBe("2027-03-26T10:00:00.000Z")
    // 10:00 on Monday 1 November 2027 in London is 10:00Z (GMT); the clocks went back on 31 October.
    const afterAutumn = new Date("2027-11-01T10:00:00Z")
    expect(balanceDueAt(afterAutumn, 2, "Europe/London").toISOString()).toBe("2027-10-30T09:00:00.000Z")
    // The same slot instant in New York (06:00 EDT, clocks back on 7 November) moves by whole days only.
    expect(balanceDueAt(afterAutumn, 2, "America/New_York").toISOString()).toBe("2027-10-30T10:00:00.000Z")
  })
})

describe("cancellation window", () => {
  it("closes cancellation_window_hours before the slot; no window means no online cancellation", () => {
    expect(cancellationDeadline(slot, 48)?.toISOString()).toBe("2026-12-18T10:00:00.000Z")
    expect(cancellationDeadline(slot, null)).toBeNull()
  })

  it("lets a shopper cancel until the deadline, then answers a 409 naming it", () => {
    const deadline = cancellationDeadline(slot, 48)
    expect(() => assertShopperMayCancel(new Date("2026-12-18T10:00:00Z"), deadline, "order_1")).not.toThrow()
    let error: any
    try {
      assertShopperMayCancel(new Date("2026-12-18T10:00:01Z"), deadline, "order_1")
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.CONFLICT)
    expect(error.message).toContain("2026-12-18T10:00:00.000Z")
    expect(() => assertShopperMayCancel(new Date("2026-12-01T00:00:00Z"), null, "order_1")).toThrow("cannot be cancelled online")
  })
})

describe("refunds on cancellation", () => {
  it("gives back everything, all but the deposit, or nothing", () => {
    expect(refundAmount("full", 45.5, 13.65, "gbp")).toBe(45.5)
    expect(refundAmount("deposit_kept", 45.5, 13.65, "gbp")).toBe(31.85)
    expect(refundAmount("deposit_kept", 13.65, 13.65, "gbp")).toBe(0)
    expect(refundAmount("none", 45.5, 13.65, "gbp")).toBe(0)
  })

  it("refunds balance payments before the deposit and cancels authorisations never captured", () => {
    const payments = [
      { id: "pay_deposit", payment_collection_id: "pc_checkout", refundable: 13.65, captured: true, canceled: false },
      { id: "pay_balance", payment_collection_id: "pc_balance", refundable: 31.85, captured: true, canceled: false },
      { id: "pay_open", payment_collection_id: "pc_other", refundable: 0, captured: false, canceled: false },
    ]
    const checkout = new Set(["pc_checkout"])
    expect(planCancellation(payments, checkout, "deposit_kept", 13.65, "gbp")).toEqual({
      refunds: [{ payment_id: "pay_balance", amount: 31.85 }],
      uncaptured_payment_ids: ["pay_open"],
      refunded: 31.85,
      kept: 13.65,
    })
    expect(planCancellation(payments, checkout, "full", 13.65, "gbp").refunds).toEqual([
      { payment_id: "pay_balance", amount: 31.85 },
      { payment_id: "pay_deposit", amount: 13.65 },
    ])
    expect(planCancellation(payments, checkout, "none", 13.65, "gbp")).toEqual(
      expect.objectContaining({ refunds: [], refunded: 0, kept: 45.5 })
    )
  })
})

describe("order balance", () => {
  const order = {
    id: "order_1",
    status: "pending",
    currency_code: "gbp",
    total: 45.5,
    summary: { transaction_total: 13.65, pending_difference: 31.85 },
    delivery_slot: { starts_at: slot.toISOString() },
    bakery: { balance_due_days: 3, cancellation_window_hours: 48 },
    payment_collections: [
      { id: "pc_checkout", status: "completed", created_at: "2026-12-01T00:00:00Z" },
      { id: "pc_balance", status: "not_paid", created_at: "2026-12-17T10:00:00Z" },
    ],
  }

  it("reads paid and due from Medusa's order summary, with the balance collection and its due time", () => {
    const balance = balanceOf(order, new Set(["pc_checkout"]), new Date("2026-12-17T11:00:00Z"))
    expect(balance).toEqual(
      expect.objectContaining({
        paid: 13.65,
        due: 31.85,
        due_at: "2026-12-17T10:00:00.000Z",
        payment_collection_id: "pc_balance",
        unpaid_at_cutoff: true,
        cancel_until: "2026-12-18T10:00:00.000Z",
      })
    )
    expect(balanceOf(order, new Set(["pc_checkout"]), new Date("2026-12-16T00:00:00Z")).unpaid_at_cutoff).toBe(false)
  })

  it("owes nothing once paid in full or cancelled", () => {
    const paid = { ...order, summary: { transaction_total: 45.5, pending_difference: 0 }, payment_collections: [order.payment_collections[0]] }
    expect(balanceOf(paid, new Set(["pc_checkout"]), new Date())).toEqual(
      expect.objectContaining({ paid: 45.5, due: 0, due_at: null, payment_collection_id: null, unpaid_at_cutoff: false })
    )
    expect(balanceOf({ ...order, status: "canceled" }, new Set(["pc_checkout"]), new Date()).due).toBe(0)
  })

  it("counts a payment authorised at checkout and not yet captured (paid in full) as covering the order", () => {
    const authorised = {
      ...order,
      summary: { transaction_total: 0, pending_difference: 45.5 },
      payment_collections: [{ id: "pc_checkout", status: "authorized", created_at: "2026-12-01T00:00:00Z", payments: [{ amount: 45.5, captured_at: null, canceled_at: null }] }],
    }
    expect(balanceOf(authorised, new Set(["pc_checkout"]), new Date())).toEqual(
      expect.objectContaining({ paid: 0, due: 0, due_at: null, held_payment_id: null })
    )
  })

  it("names a balance payment authorised but not captured (held), and only on the balance's collection", () => {
    const held = {
      ...order,
      summary: { transaction_total: 13.65, pending_difference: 31.85 },
      payment_collections: [
        { id: "pc_checkout", status: "authorized", created_at: "2026-12-01T00:00:00Z", payments: [{ id: "pay_checkout", amount: 13.65, captured_at: null, canceled_at: null }] },
        { id: "pc_balance", status: "authorized", created_at: "2026-12-17T10:00:00Z", payments: [{ id: "pay_balance", amount: 31.85, captured_at: null, canceled_at: null }] },
      ],
    }
    expect(balanceOf(held, new Set(["pc_checkout"]), new Date())).toEqual(
      expect.objectContaining({ due: 0, payment_collection_id: "pc_balance", held_payment_id: "pay_balance" })
    )
    const captured = { ...held, payment_collections: [held.payment_collections[0], { ...held.payment_collections[1], payments: [{ id: "pay_balance", amount: 31.85, captured_at: "2026-12-17T11:00:00Z", canceled_at: null }] }] }
    expect(balanceOf(captured, new Set(["pc_checkout"]), new Date()).held_payment_id).toBeNull()
  })
})
