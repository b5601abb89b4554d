import { z } from "@medusajs/framework/zod"

/** Options of the delivery module (medusa-config.ts). */
export const DeliveryModuleOptions = z.object({
  /** Which Google backend: the Routes API (default) or the legacy Distance Matrix. */
  backend: z.enum(["routes", "distance-matrix"]).default("routes"),
  /** GOOGLE_MAPS_API_KEY; without it every estimate is the fallback. */
  api_key: z.string().optional(),
  /** Google's address; tests point it at a local fake. */
  base_url: z.url().optional(),
  timeout_ms: z.number().int().positive().default(5000),
  retries: z.number().int().min(0).max(5).default(2),
  backoff_ms: z.number().int().min(0).default(500),
  /** How long an origin->destination result is reused. */
  cache_ttl_seconds: z.number().int().min(0).default(300),
  /** Fallback: average driving speed and the bakery's handover time. */
  fallback_speed_kmh: z.number().positive().default(25),
  handover_minutes: z.number().int().min(0).default(10),
  /** An ETA under this sends the arriving-soon email. */
  arriving_soon_minutes: z.number().int().min(1).default(10),
  /** A carrying driver's position older than this is not an ETA's origin (the bakery is). */
  driver_position_max_age_seconds: z.number().int().min(1).default(120),
  /** A driver's new position recomputes their orders' ETAs at most this often. */
  driver_eta_min_interval_seconds: z.number().int().min(0).default(60),
})
export type DeliveryModuleOptionsType = z.infer<typeof DeliveryModuleOptions>

export const GOOGLE_BASE_URLS = {
  routes: "https://routes.googleapis.com",
  "distance-matrix": "https://maps.googleapis.com",
} as const
