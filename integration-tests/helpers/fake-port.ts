/**
 * The port of a suite's local fake (Google, Resend), fixed before the app boots since
 * medusa-config reads it: below Linux's ephemeral range (32768-60999), where the system
 * picks the local ports of outgoing connections and could hold the fake's port (a listen
 * there failed with EADDRINUSE), apart per fake (`slot`, 0-21) and per worker process.
 */
export const fakePort = (slot: number) => 10000 + slot * 1000 + (process.pid % 1000)
