import { createServer, IncomingMessage, Server } from "node:http"

export type FakeResendRequest = { path: string; headers: IncomingMessage["headers"]; body: any; status: number }

/**
 * A stand-in for the Resend API on 127.0.0.1. It records every request and
 * answers 500 while `failures` is above zero (counting down), else 200 with an id.
 */
export function fakeResend(port: number) {
  const requests: FakeResendRequest[] = []
  const state = { failures: 0 }
  const server: Server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const fail = state.failures > 0
      if (fail) state.failures--
      requests.push({ path: req.url!, headers: req.headers, body: raw ? JSON.parse(raw) : null, status: fail ? 500 : 200 })
      res.writeHead(fail ? 500 : 200, { "content-type": "application/json" })
      res.end(JSON.stringify(fail ? { statusCode: 500, name: "internal_server_error", message: "Resend is down" } : { id: `email_${requests.length}` }))
    })
  })
  return {
    requests,
    state,
    url: `http://127.0.0.1:${port}`,
    start: () => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve())),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
