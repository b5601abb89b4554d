import { IncomingMessage } from "node:http"
import { clientAddress, proxyTrust } from "../client-address"

const request = (socket: string, forwarded?: string) =>
  ({ socket: { remoteAddress: socket }, connection: { remoteAddress: socket }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as unknown as IncomingMessage

describe("clientAddress", () => {
  it("uses the socket's address and ignores X-Forwarded-For unless TRUST_PROXY says otherwise", () => {
    expect(clientAddress(request("203.0.113.9", "198.51.100.1"), undefined)).toEqual("203.0.113.9")
    expect(clientAddress(request("203.0.113.9", "198.51.100.1"), "false")).toEqual("203.0.113.9")
  })

  it("believes the given number of proxy hops", () => {
    // The client forged the first entry; the one proxy in front appended the real address.
    const forged = request("10.0.0.2", "198.51.100.1, 192.0.2.7")
    expect(clientAddress(forged, "1")).toEqual("192.0.2.7")
    expect(clientAddress(forged, "2")).toEqual("198.51.100.1")
  })

  it("believes only the listed proxies", () => {
    expect(clientAddress(request("10.0.0.2", "192.0.2.7"), "loopback, 10.0.0.0/8")).toEqual("192.0.2.7")
    expect(clientAddress(request("203.0.113.9", "192.0.2.7"), "10.0.0.0/8")).toEqual("203.0.113.9")
  })

  it("never throws: a request without a socket counts as one unknown client", () => {
    expect(clientAddress({ headers: {} } as unknown as IncomingMessage, "1")).toEqual("unknown")
  })

  it("reads 'true' as every hop", () => {
    expect(proxyTrust("true")("1.2.3.4", 5)).toBe(true)
    expect(proxyTrust(undefined)("127.0.0.1", 0)).toBe(false)
  })
})
