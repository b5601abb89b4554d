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
 * by a dying worker is resumed by the `resume-stuck-emails` job instead, after
 * `emailResumeAfterSeconds`.
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
  resumeAfter: { env: "EMAIL_RESUME_AFTER_SECONDS", fallback: 300, min: 1 },
} as const

type Setting = { env: string; fallback: number; min: number }

/** A whole-number setting from the environment; one that is not a whole number in range stops startup. */
function read(env: NodeJS.ProcessEnv, { env: name, fallback, min }: Setting) {
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

/** Reads the email retry policy from the environment. */
export function emailRetryPolicy(env: NodeJS.ProcessEnv = process.env): EmailRetryPolicy {
  return { maxRetries: read(env, settings.maxRetries), retryInterval: read(env, settings.retryInterval) }
}

/**
 * Seconds after which a send still waiting for its answer counts as cut off (its
 * worker died) and is made again. Far above RESEND_TIMEOUT_MS, so a live send has
 * always ended by then.
 */
export function emailResumeAfterSeconds(env: NodeJS.ProcessEnv = process.env) {
  return read(env, settings.resumeAfter)
}
