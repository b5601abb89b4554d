/** One block of a Server-Sent Events stream, as its lines gave it (comments included, which a browser drops). */
export type SseBlock = { id?: string; event?: string; data?: string; retry?: number; comments: string[] }

/** A stream as a test reads it: the status and headers; for a refusal its JSON body; for a stream its blocks in turn. */
export type TestStream = {
  status: number
  headers: Headers
  /** A refused stream's error answer (JSON), or a stream's first event's data (JSON) once `first()` read it. */
  body?: any
  /** The next block with an event (`data`), skipping `retry:` and comments; null once the stream is over (the server ended it). */
  next: () => Promise<(SseBlock & { json: any }) | null>
  /** Every block read so far, comments and `retry:` included. */
  blocks: SseBlock[]
  close: () => void
}

/** Splits SSE text into blocks (a blank line ends one); answers the blocks and what is left over. */
export function parseSse(text: string): { blocks: SseBlock[]; rest: string } {
  const blocks: SseBlock[] = []
  const parts = text.replace(/\r\n?/g, "\n").split("\n\n")
  const rest = parts.pop() ?? ""
  for (const part of parts) {
    const block: SseBlock = { comments: [] }
    for (const line of part.split("\n")) {
      if (line.startsWith(":")) {
        block.comments.push(line.slice(1).trim())
        continue
      }
      const colon = line.indexOf(":")
      const field = colon === -1 ? line : line.slice(0, colon)
      const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "")
      if (field === "data") block.data = block.data === undefined ? value : `${block.data}\n${value}`
      else if (field === "id") block.id = value
      else if (field === "event") block.event = value
      else if (field === "retry") block.retry = Number(value)
    }
    blocks.push(block)
  }
  return { blocks, rest }
}

/**
 * Opens a stream with `fetch`, as a browser storefront does. It waits for the
 * server's events, never for a time: a test that expects an event that never
 * comes fails on jest's timeout.
 */
export async function openTestStream(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<TestStream> {
  const controller = new AbortController()
  const response = await fetch(new URL(path, baseUrl), { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal })
  const close = () => controller.abort()
  if (!response.ok || !response.headers.get("content-type")?.startsWith("text/event-stream")) {
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // Not JSON: kept as text.
    }
    return { status: response.status, headers: response.headers, body, next: async () => null, blocks: [], close }
  }

  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  const blocks: SseBlock[] = []
  const pending: SseBlock[] = []
  let buffered = ""
  let done = false

  /** Reads until a new block is complete; false when the stream is over. */
  const pull = async () => {
    while (!done) {
      let chunk: ReadableStreamReadResult<Uint8Array>
      try {
        chunk = await reader.read()
      } catch {
        done = true
        break
      }
      if (chunk.done) {
        done = true
        break
      }
      const parsed = parseSse(buffered + decoder.decode(chunk.value, { stream: true }))
      buffered = parsed.rest
      if (parsed.blocks.length) {
        blocks.push(...parsed.blocks)
        pending.push(...parsed.blocks)
        return true
      }
    }
    return false
  }

  const stream: TestStream = {
    status: response.status,
    headers: response.headers,
    blocks,
    close,
    next: async () => {
      for (;;) {
        const block = pending.shift()
        if (block) {
          if (block.data !== undefined) {
            return { ...block, json: JSON.parse(block.data) }
          }
          continue
        }
        if (!(await pull())) {
          return null
        }
      }
    },
  }
  return stream
}

/**
 * How the route-wide suites call a streaming route: its status and, for a stream,
 * its first event's data as the body (then it is closed), for a refusal its error.
 */
export async function firstEventOf(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const stream = await openTestStream(baseUrl, path, headers)
  try {
    if (stream.status >= 300) {
      return { status: stream.status, data: stream.body, headers: stream.headers }
    }
    const first = await stream.next()
    return { status: stream.status, data: first?.json, headers: stream.headers }
  } finally {
    stream.close()
  }
}
