import { createServer, IncomingMessage, Server, ServerResponse } from "node:http"
import { AddressInfo } from "node:net"
import { EventEmitter } from "node:events"
import { formatEvent, openEventStream } from "../event-stream"

// Medusa's own compression middleware (`projectConfig.http.compression`), as Medusa 2.21 mounts it when enabled.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const compression = require("compression") as (options: Record<string, unknown>) => (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** A response that records what is written to it, for the writer's own rules. */
function fakeResponse() {
  const emitter = new EventEmitter()
  const written: string[] = []
  const headers: Record<string, string> = {}
  const res = Object.assign(emitter, {
    statusCode: 0,
    ended: false,
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    flushHeaders: () => written.push("<headers>"),
    write: (text: string) => written.push(text),
    end: () => {
      res.ended = true
    },
  })
  return { res: res as unknown as ServerResponse & { ended: boolean }, emitter, written, headers }
}

describe("an event stream", () => {
  afterEach(() => jest.useRealTimers())

  it("sends its headers at once, then retry:, then each event as id, event and one line of JSON", () => {
    const { res, written, headers } = fakeResponse()
    const stream = openEventStream(res, { retryMs: 3000, heartbeatMs: 20_000 })
    stream.send({ id: "abc", event: "delivery", data: { delivery: { status: "shipped", note: "two\nlines" } } })
    stream.end()
    expect(res.statusCode).toEqual(200)
    expect(headers).toEqual({
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    })
    expect(written).toEqual([
      "<headers>",
      "retry: 3000\n\n",
      'id: abc\nevent: delivery\ndata: {"delivery":{"status":"shipped","note":"two\\nlines"}}\n\n',
    ])
  })

  it("sends a heartbeat comment every interval until it closes, then nothing, whichever side closed it", () => {
    jest.useFakeTimers()
    const { res, emitter, written } = fakeResponse()
    const stream = openEventStream(res, { retryMs: 3000, heartbeatMs: 20_000 })
    const closed = jest.fn()
    stream.onClose(closed)
    jest.advanceTimersByTime(19_999)
    expect(written.filter((w) => w.startsWith(":"))).toEqual([])
    jest.advanceTimersByTime(1)
    jest.advanceTimersByTime(20_000)
    expect(written.filter((w) => w.startsWith(":"))).toEqual([": heartbeat\n\n", ": heartbeat\n\n"])

    // The client goes away: the timer is cleared, the callbacks run once, nothing more is written.
    emitter.emit("close")
    emitter.emit("close")
    expect(closed).toHaveBeenCalledTimes(1)
    expect(stream.closed).toBe(true)
    jest.advanceTimersByTime(60_000)
    stream.send({ id: "x", event: "delivery", data: {} })
    expect(written.filter((w) => w.startsWith(":"))).toHaveLength(2)
    expect(written.some((w) => w.startsWith("id: x"))).toBe(false)
    expect(jest.getTimerCount()).toEqual(0)
  })

  it("ends from the server's side once, and a callback added after the close runs at once", () => {
    const { res } = fakeResponse()
    const stream = openEventStream(res, { retryMs: 0, heartbeatMs: 1000 })
    stream.end()
    stream.end()
    expect(res.ended).toBe(true)
    const late = jest.fn()
    stream.onClose(late)
    expect(late).toHaveBeenCalledTimes(1)
  })

  it("formats ids and names as given", () => {
    expect(formatEvent({ id: "1", event: "delivery", data: null })).toEqual("id: 1\nevent: delivery\ndata: null\n\n")
  })

  describe("behind Medusa's compression middleware", () => {
    let server: Server
    let baseUrl: string
    let release: () => void = () => undefined

    beforeAll(async () => {
      // Compresses anything from the first byte, and holds the stream open until the test lets go.
      const compress = compression({ threshold: 0 })
      server = createServer((req, res) =>
        compress(req, res, () => {
          if (req.url === "/json") {
            res.setHeader("content-type", "application/json")
            res.end(JSON.stringify({ hello: "x".repeat(2000) }))
            return
          }
          const stream = openEventStream(res, { retryMs: 1000, heartbeatMs: 60_000 })
          stream.send({ id: "1", event: "delivery", data: { status: "pending" } })
          release = () => stream.end()
        })
      )
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })

    afterAll(async () => {
      release()
      await new Promise((resolve) => server.close(resolve))
    })

    it("compresses a JSON answer (the middleware is really on)", async () => {
      const response = await fetch(`${baseUrl}/json`, { headers: { "accept-encoding": "gzip" } })
      expect(response.headers.get("content-encoding")).toEqual("gzip")
      await response.text()
    })

    it("never compresses the stream, so its first event arrives while the stream is still open", async () => {
      const response = await fetch(`${baseUrl}/stream`, { headers: { "accept-encoding": "gzip, br" } })
      expect(response.headers.get("content-encoding")).toBeNull()
      const reader = response.body!.getReader()
      let text = ""
      while (!text.includes("data: ")) {
        const { value, done } = await reader.read()
        if (done) {
          throw new Error("the stream ended before its first event")
        }
        text += new TextDecoder().decode(value)
      }
      expect(text).toContain('id: 1\nevent: delivery\ndata: {"status":"pending"}\n\n')
      await reader.cancel()
    })
  })
})
