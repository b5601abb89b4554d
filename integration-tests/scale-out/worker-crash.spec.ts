import { fakePort } from "../helpers/fake-port"
import { AxiosInstance } from "axios"
import { adminApi, placeCakeOrder } from "../browser/admin-session"
import { fakeResend } from "../helpers/fake-resend"
import { eventually } from "../helpers/eventually"
import { hasRedis, missingPrerequisite } from "../helpers/prerequisites"
import { AppProcess, redisCluster, TEST_REDIS_URL } from "../helpers/redis-cluster"

jest.setTimeout(10 * 60 * 1000)

/**
 * A worker dies (SIGKILL, no shutdown) in the middle of an order confirmation, and
 * another worker is started. Whether the email was waiting for its retry (a job in
 * Redis) or half sent (picked up by the resume-stuck-emails job, and handed over
 * again by the event bus, since the event was never acknowledged), the same
 * workflow run finishes and the shopper gets the email once.
 */
const noRedis = missingPrerequisite(`Redis (${TEST_REDIS_URL})`, "Start redis-server or set TEST_REDIS_URL; .ci/run starts it.", hasRedis(TEST_REDIS_URL))

;(noRedis ? describe.skip : describe)("a worker killed in the middle of a workflow", () => {
  const resend = fakeResend(fakePort(0))
  let server: AppProcess
  /** The one worker alive at a time; each test kills it and starts the next. */
  let worker: AppProcess
  let api: AxiosInstance
  let startWorker: () => Promise<AppProcess>

  beforeAll(async () => {
    await resend.start()
    const cluster = await redisCluster("worker_crash", {
      RESEND_API_KEY: "re_crash_key",
      RESEND_FROM: "SweetSpot <orders@sweetspot.test>",
      RESEND_BASE_URL: resend.url,
      // Retries come every two seconds, and keep coming long after the worker is gone.
      EMAIL_RETRY_INTERVAL_SECONDS: "2",
      EMAIL_MAX_RETRIES: "100",
      // A send waiting for its answer this long was cut off: resume-stuck-emails makes it again.
      EMAIL_RESUME_AFTER_SECONDS: "5",
    })
    startWorker = () => cluster.start("worker")
    worker = await startWorker()
    server = await cluster.start("server")
    api = await adminApi(server.url)
  })

  afterAll(async () => {
    await server?.stop()
    await worker?.stop()
    await resend.stop()
  })

  beforeEach(() => {
    resend.state.failures = 0
    resend.state.hold = null
  })

  /** The order-email workflow's runs (or the one of `transactionId`), as the workflow engine stores them. */
  async function confirmationRun(transactionId?: string) {
    const { data } = await api.get("/admin/workflows-executions", {
      params: { workflow_id: "send-order-email", ...(transactionId ? { transaction_id: transactionId } : {}) },
    })
    return data.workflow_executions as { transaction_id: string; state: string; execution: any }[]
  }

  /** What Resend saw of `order`'s confirmation; the shopper's welcome email goes through Resend too, and is left out. */
  function confirmationOf(order: { id: string }) {
    const key = `order-confirmation:${order.id}`
    const attempts = () => resend.requests.filter((r) => r.headers["idempotency-key"] === key)
    return {
      attempts,
      delivered: () => resend.sent.filter((e) => e.idempotency_key === key),
      /** The confirmation's run once its send step is in `status` and Resend has seen it. */
      runWithSend: (what: string, status: string) =>
        eventually(what, async () => {
          const runs = await confirmationRun()
          const run = runs.find((r) => Object.values(r.execution.steps).some((s: any) => s.id.endsWith("send-email-notification") && s.invoke.status === status))
          return run && attempts().length ? run : undefined
        }),
    }
  }

  /** Waits until the run is over: done, or dropped (the engine keeps no record of a finished run). */
  const finished = (transactionId: string) =>
    eventually(
      "the next worker to finish the run",
      async () => {
        const [run] = await confirmationRun(transactionId)
        return !run || run.state === "done" ? true : undefined
      },
      180_000
    )

  it("lets the next worker resume the order confirmation's retry, and sends it once", async () => {
    resend.state.failures = 1_000_000
    const { order } = await placeCakeOrder(server.url, api, { email: "crash@sweetspot.test", handle: "lemon-drizzle" })
    const { attempts, delivered, runWithSend } = confirmationOf(order)

    // The first attempt failed on the worker, and the workflow waits for its retry.
    const waiting = await runWithSend("the order confirmation waiting for its retry", "temp_failure")
    expect(waiting.state).toEqual("invoking")

    await worker.kill()
    resend.state.failures = 0
    const failedBeforeTheCrash = attempts().length
    expect(attempts().every((r) => r.status === 500)).toBe(true)
    expect(delivered()).toEqual([])
    expect((await confirmationRun(waiting.transaction_id))[0]).toEqual(expect.objectContaining({ state: "invoking" }))

    worker = await startWorker()

    // The same run finishes, and Resend has the email once.
    await finished(waiting.transaction_id)
    expect(delivered()).toHaveLength(1)
    expect(delivered()[0].body).toEqual(expect.objectContaining({ to: ["crash@sweetspot.test"], subject: expect.stringContaining(`#${order.display_id}`) }))
    // After the crash, only the next worker's attempts: each went through, and Resend sent one email.
    expect(attempts().slice(failedBeforeTheCrash).length).toBeGreaterThan(0)
    expect(attempts().slice(failedBeforeTheCrash).every((r) => r.status === 200)).toBe(true)
    expect(await confirmationRun()).toEqual([])
  })

  it("has the next worker finish a confirmation whose worker died mid-send, and Resend sends it once", async () => {
    // Resend takes the confirmation but its answer never reaches the worker.
    resend.state.hold = (body) => /is confirmed/.test(body?.subject ?? "")
    const { order } = await placeCakeOrder(server.url, api, { email: "mid-send@sweetspot.test", handle: "lemon-drizzle" })
    const { attempts, delivered, runWithSend } = confirmationOf(order)
    const sending = await runWithSend("the confirmation on its way to Resend", "waiting_response")

    await worker.kill()
    resend.releaseHeld()
    expect(delivered()).toHaveLength(1)
    expect((await confirmationRun(sending.transaction_id))[0]).toEqual(expect.objectContaining({ state: "invoking" }))

    worker = await startWorker()

    // The cut-off run is made to send again, under the same key: Resend answers with the first email.
    await finished(sending.transaction_id)
    const { data } = await api.get("/admin/notifications", { params: { to: "mid-send@sweetspot.test", fields: "id,template,status" } })
    expect(data.notifications.filter((n: any) => n.template === "order-confirmation")).toEqual([expect.objectContaining({ status: "success" })])
    expect(attempts().length).toBeGreaterThan(1)
    expect(delivered()).toHaveLength(1)
    expect(delivered()[0].body.to).toEqual(["mid-send@sweetspot.test"])
  })
})
