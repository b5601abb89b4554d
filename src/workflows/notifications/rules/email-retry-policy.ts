import { MedusaError } from "@medusajs/framework/utils"

/**
 * How the workflow engine keeps a failed email from being lost: it tries the send
 * again after `retryInterval` seconds, up to `maxRetries` times. The Redis engine
 * schedules each retry as a job in Redis, so a retry survives the worker that
 * scheduled it and runs on whichever worker is alive.
 *
 * There is deliberately no `retryIntervalAwaiting`: in Medusa 2.21 a step that has
 * both never gets its interval retry after a failure (the awaiting watchdog leaves
 * `retryRescheduledAt` set, so the orchestrator skips scheduling). A send cut off
 * by a dying worker is sent again when the event bus redelivers the event instead.
 */
export type EmailRetryPolicy = {
  /** Attempts after the first before the email is recorded as failed for good. */
  maxRetries: number
  /** Seconds between a failed attempt (Resend down or too slow) and the next. */
  retryInterval: number
}

const settings = {
  maxRetries: { env: "EMAIL_MAX_RETRIES", fallback: 30, min: 0 },
  retryInterval: { env: "EMAIL_RETRY_INTERVAL_SECONDS", fallback: 60, min: 1 },
} as const

/** Reads the email retry policy from the environment; a value that is not a whole number in range stops startup. */
export function emailRetryPolicy(env: NodeJS.ProcessEnv = process.env): EmailRetryPolicy {
  const read = ({ env: name, fallback, min }: { env: string; fallback: number; min: number }) => {
    const raw = env[name]
    if (raw === undefined || raw === "") {
      return fallback
    }
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name} must be a whole number of at least ${min}, got "${raw}"`)
    }
    return value
  }
  return { maxRetries: read(settings.maxRetries), retryInterval: read(settings.retryInterval) }
}
