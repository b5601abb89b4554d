import Redis from "ioredis"
import { ADMIN, testDatabaseUrl } from "../browser/admin-session"

/** The Redis the scale-out suites use, flushed by each; the suites run one after another. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379/7"

/** A `medusa start` of the build: `stop()` shuts it down, `kill()` crashes it (SIGKILL). */
export type AppProcess = { url: string; stop: () => Promise<void>; kill: () => Promise<void>; logs: string[] }
export type WorkerMode = "server" | "worker" | "shared"

/**
 * Builds the app and seeds a database of its own for `name`, on an emptied Redis,
 * and answers how to start processes of it the way the README's scale-out does:
 * each `medusa start` gets `env` plus its own `MEDUSA_WORKER_MODE` and settings.
 */
export async function redisCluster(name: string, env: Record<string, string> = {}) {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
  try {
    await redis.connect()
    await redis.flushdb()
  } catch (error) {
    throw new Error(`Redis is not reachable at ${TEST_REDIS_URL} (${(error as Error).message}): start redis-server, as .ci/run does`)
  } finally {
    redis.disconnect()
  }

  const { buildApp, prepareDatabase, startServer } = await import("../../scripts/lib/production-server.mjs")
  const { findFreePort } = await import("../../scripts/lib/embedded-postgres.mjs")
  const databaseUrl = testDatabaseUrl(`sweetspot_${name}_${process.pid}`)
  const shared = {
    NODE_ENV: "test",
    REDIS_URL: TEST_REDIS_URL,
    MEDUSA_ADMIN_EMAIL: ADMIN.email,
    MEDUSA_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: "error",
    DISABLE_MEDUSA_ADMIN: "true",
    ...env,
  }
  await buildApp(shared)
  await prepareDatabase(databaseUrl, shared)
  return {
    start: async (mode: WorkerMode, settings: Record<string, string> = {}): Promise<AppProcess> =>
      startServer({ databaseUrl, port: await findFreePort(), env: { ...shared, ...settings, MEDUSA_WORKER_MODE: mode } }),
  }
}
