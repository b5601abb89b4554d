import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { fileModuleConfig, fileStorageProblem } from "./src/utils/file-storage"
import { productionSecretsProblem } from "./src/utils/production-secrets"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// One line and out, before anything starts: a known secret lets anyone forge logins.
const secretsProblem = productionSecretsProblem(process.env, process.argv[2])
if (secretsProblem) {
  console.error(secretsProblem)
  process.exit(1)
}
// Likewise a private folder Medusa would serve to anyone.
const storageProblem = fileStorageProblem(process.env)
if (storageProblem) {
  console.error(storageProblem)
  process.exit(1)
}

// Telemetry is opt-in for SweetSpot: nothing leaves the machine unless asked.
process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"

/** With REDIS_URL, instances share events, workflow state, locks and caches through Redis. */
const redisUrl = process.env.REDIS_URL || undefined
const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as "shared" | "worker" | "server"

/** Medusa's Redis modules, which let server and worker processes run apart (README: Operations). */
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

/** The caching module: the cake catalog and Google's route results. Per process in memory, shared on Redis. */
const cachingModule = redisUrl
  ? {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
      },
    }
  : { resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } }

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      // Development defaults only: production refuses them (src/utils/production-secrets.ts).
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
      // Drivers log in with email and password only (staff and shoppers: Medusa's defaults, unchanged).
      authMethodsPerActor: { driver: ["emailpass"] },
    },
  },
  modules: [
    { resolve: "./src/modules/bakery" },
    { resolve: "./src/modules/cake" },
    { resolve: "./src/modules/driver" },
    {
      resolve: "./src/modules/delivery",
      options: {
        backend: process.env.GOOGLE_MAPS_BACKEND || "routes",
        api_key: process.env.GOOGLE_MAPS_API_KEY || undefined,
        base_url: process.env.GOOGLE_MAPS_BASE_URL || undefined,
        cache_ttl_seconds: Number(process.env.ETA_CACHE_TTL_SECONDS || 300),
        timeout_ms: Number(process.env.GOOGLE_MAPS_TIMEOUT_MS || 5000),
        retries: Number(process.env.GOOGLE_MAPS_RETRIES || 2),
        backoff_ms: Number(process.env.GOOGLE_MAPS_BACKOFF_MS || 500),
        fallback_speed_kmh: Number(process.env.ETA_FALLBACK_SPEED_KMH || 25),
        handover_minutes: Number(process.env.ETA_HANDOVER_MINUTES || 10),
        arriving_soon_minutes: Number(process.env.ETA_ARRIVING_SOON_MINUTES || 10),
        driver_position_max_age_seconds: Number(process.env.DRIVER_POSITION_MAX_AGE_SECONDS || 120),
        driver_eta_min_interval_seconds: Number(process.env.ETA_DRIVER_MIN_INTERVAL_SECONDS || 60),
      },
    },
    {
      // Live delivery streams: with REDIS_URL a change made in any process reaches the streams of every server.
      resolve: "./src/modules/delivery-stream",
      options: {
        redis_url: redisUrl,
        max_per_actor: Number(process.env.STREAM_MAX_PER_CUSTOMER || 5),
        heartbeat_seconds: Number(process.env.STREAM_HEARTBEAT_SECONDS || 20),
        retry_ms: Number(process.env.STREAM_RETRY_MS || 3000),
      },
    },
    cachingModule,
    ...redisModules,
    // Files (cake photos are private): S3 with S3_BUCKET, else the local provider with a private folder outside `static`.
    fileModuleConfig(process.env),
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        // The system provider (pp_system_default) is always there; Stripe joins when configured.
        providers: process.env.STRIPE_API_KEY
          ? [
              {
                resolve: "@medusajs/medusa/payment-stripe",
                id: "stripe",
                options: { apiKey: process.env.STRIPE_API_KEY, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET },
              },
            ]
          : [],
      },
    },
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        // Medusa's manual provider stays; each bakery's "Collect from" and "Delivery by" options are SweetSpot's.
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/sweetspot-fulfillment", id: "sweetspot" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        // One provider owns the email channel: Resend with a key, the file outbox without. The dashboard's
        // `feed` channel (Medusa's order export tells the admin where its file is) is Medusa's local provider's.
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
          process.env.RESEND_API_KEY
            ? {
                resolve: "./src/modules/resend",
                id: "resend",
                options: {
                  channels: ["email"],
                  api_key: process.env.RESEND_API_KEY,
                  from: process.env.RESEND_FROM,
                  base_url: process.env.RESEND_BASE_URL || undefined,
                  timeout_ms: Number(process.env.RESEND_TIMEOUT_MS || 10000),
                },
              }
            : {
                resolve: "./src/modules/mail-outbox",
                id: "mail-outbox",
                options: { channels: ["email"], directory: process.env.MAIL_OUTBOX_DIR || ".data/outbox" },
              },
        ],
      },
    },
  ],
  admin: {
    // A worker serves no HTTP, so no dashboard either.
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
})
