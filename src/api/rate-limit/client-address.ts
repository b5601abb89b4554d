import proxyAddr from "proxy-addr"
import { IncomingMessage } from "node:http"

/**
 * Which proxies to believe, from TRUST_PROXY, in Express's own terms: unset or
 * "false" trusts none (a server reached directly keys its limits by the socket's
 * address, so a forged X-Forwarded-For buys nothing), a number trusts that many
 * hops, "true" trusts every hop, anything else is a comma-separated list of
 * addresses, subnets or Express's names (`loopback`, `linklocal`, `uniquelocal`).
 */
export function proxyTrust(value: string | undefined): (address: string, hop: number) => boolean {
  const setting = value?.trim()
  if (!setting || setting === "false" || setting === "0") {
    return () => false
  }
  if (setting === "true") {
    return () => true
  }
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting)
    return (_address, hop) => hop < hops
  }
  return proxyAddr.compile(setting.split(",").map((part) => part.trim()).filter(Boolean))
}

let cached: { setting: string | undefined; trust: ReturnType<typeof proxyTrust> } | null = null

/** The client's address as the rate limits count it: the socket's, or the one the trusted proxies report. */
export function clientAddress(req: IncomingMessage, setting = process.env.TRUST_PROXY): string {
  if (!req.socket?.remoteAddress) {
    // No socket (a closed connection): nothing to tell clients apart by.
    return "unknown"
  }
  if (!cached || cached.setting !== setting) {
    cached = { setting, trust: proxyTrust(setting) }
  }
  return proxyAddr(req, cached.trust) || req.socket.remoteAddress
}
