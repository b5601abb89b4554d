import { Logger } from "@medusajs/framework/types"
import Redis from "ioredis"

/**
 * Redis pub/sub for one process: one subscriber connection (made on the first
 * subscription and kept: what a stream holds is its channel, never a connection)
 * and one publishing connection, made on the first publish (a worker publishes
 * and never subscribes). Each channel is subscribed once per process, however many
 * of its streams show that order.
 */
export class RedisChannels {
  private subscriber_?: Redis
  private publisher_?: Redis
  /** Each channel's SUBSCRIBE, which listeners of the channel wait for before they read (so nothing published after is missed). */
  private readonly subscribing_ = new Map<string, Promise<void>>()
  /** The subscriber connection's channel count, as Redis answered the last SUBSCRIBE or UNSUBSCRIBE. */
  private redisCount_ = 0
  private warned_ = false

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    /** A message arrived on a channel. */
    private readonly onMessage: (channel: string) => void,
    /** The subscriber connection came back after a loss: messages sent meanwhile were missed. */
    private readonly onReconnected: () => void
  ) {}

  private warnOnce(what: string, error: unknown) {
    if (!this.warned_) {
      this.warned_ = true
      this.logger.warn(`Delivery streams: ${what} (${(error as Error)?.message ?? error}); live updates wait for Redis to come back`)
    }
  }

  private subscriber(): Redis {
    if (!this.subscriber_) {
      // Commands wait for the connection however long Redis is away: a stream just opened waits, it does not fail.
      const connection = new Redis(this.url, { maxRetriesPerRequest: null })
      let connectedBefore = false
      connection.on("message", (channel: string) => this.onMessage(channel))
      connection.on("ready", () => {
        this.warned_ = false
        // ioredis subscribes its channels again by itself; what was published while it was away is lost.
        if (connectedBefore) {
          this.onReconnected()
        }
        connectedBefore = true
      })
      connection.on("error", (error) => this.warnOnce("the Redis subscriber connection failed", error))
      this.subscriber_ = connection
    }
    return this.subscriber_
  }

  private publisher(): Redis {
    if (!this.publisher_) {
      // A publish is best effort: one try, then the warning; the next change reaches the streams again.
      const connection = new Redis(this.url, { maxRetriesPerRequest: 1 })
      connection.on("error", (error) => this.warnOnce("the Redis publisher connection failed", error))
      this.publisher_ = connection
    }
    return this.publisher_
  }

  /** Resolves once Redis delivers the channel's messages to this process. */
  subscribe(channel: string): Promise<void> {
    let subscribing = this.subscribing_.get(channel)
    if (!subscribing) {
      subscribing = this.subscriber()
        .subscribe(channel)
        .then((count) => {
          this.redisCount_ = Number(count)
        })
      subscribing.catch(() => this.subscribing_.delete(channel))
      this.subscribing_.set(channel, subscribing)
    }
    return subscribing
  }

  /** Stops listening on the channel (commands run in order on the connection, so an earlier SUBSCRIBE cannot outlive it). */
  async unsubscribe(channel: string) {
    this.subscribing_.delete(channel)
    if (this.subscriber_) {
      this.redisCount_ = Number(await this.subscriber_.unsubscribe(channel))
    }
  }

  /** One PUBLISH per channel, the message being just the channel's own order. */
  async publish(messages: { channel: string; message: string }[]) {
    if (!messages.length) {
      return
    }
    const pipeline = this.publisher().pipeline()
    for (const { channel, message } of messages) {
      pipeline.publish(channel, message)
    }
    const results = (await pipeline.exec()) ?? []
    const failed = results.find(([error]) => error)
    if (failed) {
      throw failed[0]
    }
  }

  /** Channels this process listens on (as it asked), and the count Redis itself last gave for the connection. */
  get counts() {
    return { channels: this.subscribing_.size, redis_subscriptions: this.redisCount_ }
  }

  async close() {
    this.subscribing_.clear()
    await Promise.all([this.subscriber_, this.publisher_].map((connection) => connection?.quit().catch(() => connection.disconnect())))
    this.subscriber_ = undefined
    this.publisher_ = undefined
  }
}
