import { driverActionProblem } from "../driver-action"

const me = "drv_me"
const other = { id: "drv_other", name: "Ben Driver" }
const mine = { id: me, name: "Ana Driver" }

describe("driverActionProblem", () => {
  it("lets a driver claim a ready order, and claim their own claim again", () => {
    expect(driverActionProblem("claim", me, { display_id: 7, stage: "ready", holder: null })).toBeNull()
    expect(driverActionProblem("claim", me, { display_id: 7, stage: "claimed", holder: mine })).toBeNull()
  })

  it("names the driver who has the order, whatever the action", () => {
    for (const action of ["claim", "release", "pick_up", "complete"] as const) {
      const problem = driverActionProblem(action, me, { display_id: 7, stage: "claimed", holder: other })
      expect([action, problem?.type, problem?.message]).toEqual([action, "conflict", "Order #7 is taken by Ben Driver"])
    }
  })

  it("says why an action does not fit the order's stage", () => {
    expect(driverActionProblem("claim", me, { display_id: 7, stage: "preparing", holder: null })?.message).toEqual(
      "Order #7 is not ready yet: the bakery has not prepared it"
    )
    expect(driverActionProblem("release", me, { display_id: 7, stage: "out_for_delivery", holder: mine })?.message).toEqual(
      "Order #7 has already been picked up"
    )
    expect(driverActionProblem("complete", me, { display_id: 7, stage: "claimed", holder: mine })?.message).toEqual(
      "Order #7 has not been picked up yet"
    )
    expect(driverActionProblem("pick_up", me, { display_id: 7, stage: "cancelled", holder: mine })?.message).toEqual("Order #7 was cancelled")
  })

  it("lets only the holder release, pick up and complete", () => {
    expect(driverActionProblem("pick_up", me, { display_id: 7, stage: "claimed", holder: mine })).toBeNull()
    expect(driverActionProblem("release", me, { display_id: 7, stage: "claimed", holder: mine })).toBeNull()
    expect(driverActionProblem("complete", me, { display_id: 7, stage: "out_for_delivery", holder: mine })).toBeNull()
    // Staff shipped it without a driver: no driver can complete it.
    expect(driverActionProblem("complete", me, { display_id: 7, stage: "out_for_delivery", holder: null })?.message).toEqual(
      "Order #7 is not yours: claim it first"
    )
  })
})
