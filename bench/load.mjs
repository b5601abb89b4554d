// A load generator in its own process, so the server under test does not share
// its event loop: `node bench/load.mjs <scenario.json>` prints autocannon's
// figures as JSON. A scenario either repeats one request for `duration` seconds,
// or sends each of its prepared `requests` (path and body) exactly once.
import autocannon from "autocannon"
import { readFileSync } from "node:fs"

const scenario = JSON.parse(readFileSync(process.argv[2], "utf8"))

function preparedRequests(requests) {
  let next = 0
  return {
    amount: requests.length,
    requests: [
      {
        setupRequest: (request) => {
          const { path, body } = requests[next++ % requests.length]
          return { ...request, path, body: body === undefined ? undefined : JSON.stringify(body) }
        },
      },
    ],
  }
}

const result = await autocannon({
  // autocannon takes the path of a repeated request from the URL.
  url: scenario.requests ? scenario.url : `${scenario.url}${scenario.path}`,
  // autocannon refuses more connections than prepared requests (a small catalog has few new pages).
  connections: Math.min(scenario.connections ?? 10, scenario.requests?.length ?? Infinity),
  // Medusa's product listing takes seconds a request at 20,000 products under 10 connections on 2 cores:
  // a slow answer is a figure, not a failure.
  timeout: scenario.timeout ?? 120,
  headers: { "content-type": "application/json", ...scenario.headers },
  method: scenario.method ?? "GET",
  ...(scenario.requests ? preparedRequests(scenario.requests) : { duration: scenario.duration ?? 10 }),
})

process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    non_2xx: result.non2xx,
    status_codes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    errors: result.errors + result.timeouts,
    rps: Math.round(result.requests.average * 10) / 10,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
  })
)
