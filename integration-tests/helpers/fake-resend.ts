import { createServer, IncomingMessage, Server } from "node:http"

export type FakeResendRequest = { path: string; headers: IncomingMessage["headers"]; body: any; status: number }
/** An email the fake accepted: what Resend would have sent to the recipient. */
export type FakeResendEmail = { id: string; idempotency_key?: string; body: any }

/**
 * A stand-in for the Resend API on 127.0.0.1. It records every request and
 * answers 500 while `failures` is above zero (counting down), else 200 with an id.
 * Like Resend, it sends an email when the request arrives, even if the answer is
 * late or lost, and answers a repeated `Idempotency-Key` with the first email's
 * id without sending again. Requests that `hold` matches get no answer until
 * `releaseHeld()` (or `stop()`): a Resend too slow to answer.
 */
export function fakeResend(port: number) {
  const requests: FakeResendRequest[] = []
  const sent: FakeResendEmail[] = []
  const state = { failures: 0, hold: null as null | ((body: any) => boolean) }
  const held: (() => void)[] = []
  const server: Server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const body = raw ? JSON.parse(raw) : null
      const key = req.headers["idempotency-key"] as string | undefined
      const holding = !!state.hold?.(body)
      const fail = state.failures > 0
      let answer: unknown
      if (fail) {
        state.failures--
        answer = { statusCode: 500, name: "internal_server_error", message: "Resend is down" }
      } else {
        const earlier = key ? sent.find((e) => e.idempotency_key === key) : undefined
        const email = earlier ?? { id: `email_${sent.length + 1}`, idempotency_key: key, body }
        if (!earlier) sent.push(email)
        answer = { id: email.id }
      }
      requests.push({ path: req.url!, headers: req.headers, body, status: fail ? 500 : 200 })
      const respond = () => {
        if (!res.destroyed) {
          res.writeHead(fail ? 500 : 200, { "content-type": "application/json" })
          res.end(JSON.stringify(answer))
        }
      }
      if (holding) held.push(respond)
      else respond()
    })
  })
  return {
    requests,
    sent,
    state,
    url: `http://127.0.0.1:${port}`,
    /** Answers the held requests whose callers are still there, and holds no more. */
    releaseHeld: () => {
      state.hold = null
      held.splice(0).forEach((respond) => respond())
    },
    start: () => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve())),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
