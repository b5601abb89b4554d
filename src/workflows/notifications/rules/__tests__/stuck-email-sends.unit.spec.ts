import { StoredWorkflowRun, stuckEmailSends } from "../stuck-email-sends"

const now = 1_000_000
const run = (state: string, step: Record<string, unknown>): StoredWorkflowRun => ({
  workflow_id: "send-order-email",
  transaction_id: "auto-1",
  state,
  execution: {
    steps: {
      _root: {},
      "_root.use-query-graph-step": { definition: { action: "use-query-graph-step" }, invoke: { status: "ok" }, lastAttempt: now - 600_000 },
      "_root.use-query-graph-step.send-email-notification": { definition: { action: "send-email-notification" }, ...step },
    },
  },
})

describe("stuck email sends", () => {
  it("finds a send that has waited for its answer longer than the resume time, by the address retryStep takes", () => {
    const stuck = run("invoking", { invoke: { status: "waiting_response" }, lastAttempt: now - 301_000 })
    expect(stuckEmailSends([stuck], now, 300_000)).toEqual([
      { workflowId: "send-order-email", transactionId: "auto-1", stepId: "send-email-notification", action: "invoke" },
    ])
  })

  it("leaves a send that may still be under way", () => {
    expect(stuckEmailSends([run("invoking", { invoke: { status: "waiting_response" }, lastAttempt: now - 299_000 })], now, 300_000)).toEqual([])
  })

  it("leaves a send waiting for its scheduled retry, a finished run, and a send that never started", () => {
    const old = now - 3_600_000
    expect(
      stuckEmailSends(
        [
          run("invoking", { invoke: { status: "temp_failure" }, lastAttempt: old }),
          run("done", { invoke: { status: "waiting_response" }, lastAttempt: old }),
          run("invoking", { invoke: { status: "idle" }, lastAttempt: null }),
          { workflow_id: "send-order-email", transaction_id: "auto-2", state: "invoking", execution: null },
        ],
        now,
        300_000
      )
    ).toEqual([])
  })

  it("leaves other steps of other workflows waiting, however long", () => {
    const other: StoredWorkflowRun = {
      workflow_id: "some-long-workflow",
      transaction_id: "auto-3",
      state: "invoking",
      execution: { steps: { "_root.wait-for-bakery": { definition: { action: "wait-for-bakery" }, invoke: { status: "waiting_response" }, lastAttempt: 1 } } },
    }
    expect(stuckEmailSends([other], now, 300_000)).toEqual([])
  })
})
