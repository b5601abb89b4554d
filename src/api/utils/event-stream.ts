import type { ServerResponse } from "node:http"

/** One Server-Sent Event: its `id` (what a reconnecting client sends back as `Last-Event-ID`), name and JSON data. */
export type StreamEvent = { id: string; event: string; data: unknown }

export type EventStream = {
  /** Writes one event; nothing once the stream is closed. */
  send: (event: StreamEvent) => void
  /** Ends the stream from the server's side. */
  end: () => void
  /** Runs once when the stream closes, whoever closed it. */
  onClose: (callback: () => void) => void
  readonly closed: boolean
}

export type EventStreamOptions = {
  /** The `retry:` field: how long a client waits before reconnecting. */
  retryMs: number
  /** A comment line this often, so proxies and load balancers keep a quiet stream open. */
  heartbeatMs: number
}

/**
 * The headers of a stream nothing between the server and the browser may hold
 * back: `no-transform` keeps compression off it (Medusa's `http.compression`, when
 * enabled, and proxies that honour it), `X-Accel-Buffering: no` tells nginx not to
 * buffer it, `no-cache` that each event is news.
 */
export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const

/** An event in the wire format: `data` is one line of JSON (JSON never holds a raw newline). */
export const formatEvent = ({ id, event, data }: StreamEvent) => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`

/**
 * Starts a Server-Sent Events answer on `res`: status 200, headers sent at once
 * (so the client knows it is connected before the first event), `retry:`, then a
 * heartbeat comment every `heartbeatMs` until the stream closes. The heartbeat's
 * timer is cleared on close, whichever side closes.
 */
export function openEventStream(res: ServerResponse, { retryMs, heartbeatMs }: EventStreamOptions): EventStream {
  const callbacks: (() => void)[] = []
  let closed = false
  const write = (text: string) => {
    if (!closed) {
      res.write(text)
      // Medusa's compression middleware adds flush(); with no-transform it compresses nothing, but a flush costs nothing.
      ;(res as ServerResponse & { flush?: () => void }).flush?.()
    }
  }
  const heartbeat = setInterval(() => write(": heartbeat\n\n"), heartbeatMs)
  const close = () => {
    if (closed) {
      return
    }
    closed = true
    clearInterval(heartbeat)
    for (const callback of callbacks.splice(0)) {
      callback()
    }
  }
  res.on("close", close)

  res.statusCode = 200
  for (const [name, value] of Object.entries(EVENT_STREAM_HEADERS)) {
    res.setHeader(name, value)
  }
  res.flushHeaders()
  res.socket?.setNoDelay(true)
  write(`retry: ${retryMs}\n\n`)

  return {
    send: (event) => write(formatEvent(event)),
    end: () => {
      if (!closed) {
        res.end()
        close()
      }
    },
    onClose: (callback) => {
      if (closed) {
        callback()
      } else {
        callbacks.push(callback)
      }
    },
    get closed() {
      return closed
    },
  }
}
