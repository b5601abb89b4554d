import { z } from "@medusajs/framework/zod"

/** Options of the delivery stream module (medusa-config.ts). */
export const DeliveryStreamModuleOptions = z.object({
  /** REDIS_URL: changes reach the streams of every process through Redis pub/sub; without it, this process's only. */
  redis_url: z.string().min(1).optional(),
  /** Prefix of the pub/sub channels, one per order with an open stream. */
  channel_prefix: z.string().min(1).default("sweetspot:delivery-stream:"),
  /** STREAM_MAX_PER_CUSTOMER: open streams one shopper (or staff member) may hold in one server process. */
  max_per_actor: z.number().int().min(1).default(5),
  /** STREAM_HEARTBEAT_SECONDS: a comment this often keeps proxies from closing a quiet stream. */
  heartbeat_seconds: z.number().positive().default(20),
  /** STREAM_RETRY_MS: the `retry:` a stream tells clients to wait before reconnecting. */
  retry_ms: z.number().int().min(0).default(3000),
})
export type DeliveryStreamModuleOptionsInput = z.input<typeof DeliveryStreamModuleOptions>
export type DeliveryStreamModuleOptionsType = z.infer<typeof DeliveryStreamModuleOptions>
