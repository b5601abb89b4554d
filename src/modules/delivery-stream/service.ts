import { Logger } from "@medusajs/framework/types"
import { ChangeListener, Fanout } from "./fanout"
import { DeliveryStreamModuleOptions, DeliveryStreamModuleOptionsType } from "./options"
import { RedisChannels } from "./redis-channels"

type InjectedDependencies = { logger: Logger }

/** A stream's place under its caller's limit; `release` gives it back (twice is harmless). */
export type StreamLease = { release: () => void }

/** What the hub holds right now; every count is 0 when no stream is open. */
export type DeliveryStreamStats = {
  /** Open streams, over all callers. */
  streams: number
  /** Callers with at least one open stream. */
  actors: number
  /** Orders with at least one listener here. */
  orders: number
  /** Change listeners, over all orders. */
  listeners: number
  /** Redis channels this process listens on (0 without Redis). */
  channels: number
  /** The subscriber connection's channel count as Redis last answered it (0 without Redis). */
  redis_subscriptions: number
}

/**
 * The live delivery streams' hub. A change to an order is published as the order's
 * id alone, from whichever process made it (a subscriber in a worker, a route in a
 * server); every process holding a stream of that order hears it and each stream
 * reads the order again. With `redis_url` that goes through Redis pub/sub, one
 * channel per order with a stream open somewhere (Medusa's Redis event bus hands
 * each event to one worker, so it cannot reach every server); without it, within
 * this process. It also counts each caller's open streams against the limit and
 * ends them all when the process shuts down.
 */
export default class DeliveryStreamModuleService {
  protected readonly options_: DeliveryStreamModuleOptionsType
  protected readonly logger_: Logger
  protected readonly fanout_ = new Fanout()
  protected readonly redis_?: RedisChannels
  /** Open streams per caller. */
  protected readonly streams_ = new Map<string, number>()
  /** How to end each open stream, for a shutdown. */
  protected readonly closers_ = new Set<() => void>()
  /** Callers of `whenIdle` waiting for the last stream to let go. */
  protected idleWaiters_: (() => void)[] = []

  constructor({ logger }: InjectedDependencies, options?: Record<string, unknown>) {
    this.logger_ = logger
    this.options_ = DeliveryStreamModuleOptions.parse(options ?? {})
    if (this.options_.redis_url) {
      this.redis_ = new RedisChannels(
        this.options_.redis_url,
        logger,
        (channel) => this.fanout_.emit(channel.slice(this.options_.channel_prefix.length), this.logListenerError_),
        () => this.fanout_.emitAll(this.logListenerError_)
      )
    }
  }

  private readonly logListenerError_ = (error: unknown) => this.logger_.error(`Delivery stream listener failed: ${(error as Error)?.message ?? error}`)

  private channel_(orderId: string) {
    return `${this.options_.channel_prefix}${orderId}`
  }

  /** How streams behave: heartbeat and reconnection delay, and the per-caller limit. */
  get settings() {
    return {
      heartbeat_ms: Math.round(this.options_.heartbeat_seconds * 1000),
      retry_ms: this.options_.retry_ms,
      max_per_actor: this.options_.max_per_actor,
    }
  }

  /**
   * Tells every stream of these orders, in every process, that something changed.
   * Best effort: Redis being away is logged, not thrown (the change is in the
   * database; the next one, or a reconnect, shows it).
   */
  async publish(orderIds: string[]): Promise<void> {
    const ids = [...new Set(orderIds.filter((id): id is string => typeof id === "string" && id.length > 0))]
    if (!this.redis_) {
      for (const id of ids) {
        this.fanout_.emit(id, this.logListenerError_)
      }
      return
    }
    try {
      await this.redis_.publish(ids.map((id) => ({ channel: this.channel_(id), message: id })))
    } catch (error) {
      this.logger_.warn(`Delivery streams: could not publish a change of ${ids.join(", ")} (${(error as Error).message})`)
    }
  }

  /**
   * Calls `listener` on every change of the order until the answered function is
   * called. Resolves once changes reach it (with Redis, once the channel is
   * subscribed), so a read made after it misses nothing.
   */
  async listen(orderId: string, listener: ChangeListener): Promise<() => Promise<void>> {
    // Each call gets its own function, so the same listener twice is two listeners.
    const own: ChangeListener = () => listener()
    this.fanout_.add(orderId, own)
    let stopped = false
    const stop = async () => {
      if (stopped) {
        return
      }
      stopped = true
      try {
        if (this.fanout_.remove(orderId, own) && this.redis_) {
          await this.redis_.unsubscribe(this.channel_(orderId))
        }
      } finally {
        this.notifyIfIdle_()
      }
    }
    if (this.redis_) {
      try {
        await this.redis_.subscribe(this.channel_(orderId))
      } catch (error) {
        await stop().catch(() => undefined)
        throw error
      }
    }
    return stop
  }

  /**
   * A place for one more stream of this caller (`customer:cus_1`, `user:user_1`), or
   * null when they already hold the limit. `close` ends the stream at shutdown.
   */
  acquire(actorKey: string, close: () => void): StreamLease | null {
    const open = this.streams_.get(actorKey) ?? 0
    if (open >= this.options_.max_per_actor) {
      return null
    }
    this.streams_.set(actorKey, open + 1)
    if (!this.closers_.size) {
      process.on("SIGTERM", this.closeAll)
      process.on("SIGINT", this.closeAll)
    }
    this.closers_.add(close)
    let released = false
    return {
      release: () => {
        if (released) {
          return
        }
        released = true
        const left = (this.streams_.get(actorKey) ?? 1) - 1
        if (left > 0) {
          this.streams_.set(actorKey, left)
        } else {
          this.streams_.delete(actorKey)
        }
        this.closers_.delete(close)
        if (!this.closers_.size) {
          process.off("SIGTERM", this.closeAll)
          process.off("SIGINT", this.closeAll)
        }
        this.notifyIfIdle_()
      },
    }
  }

  /**
   * Ends every open stream. Medusa's graceful shutdown waits for every response to
   * finish, which a stream never does by itself; clients reconnect (to another
   * instance) after `retry`.
   */
  readonly closeAll = () => {
    for (const close of [...this.closers_]) {
      try {
        close()
      } catch (error) {
        this.logListenerError_(error)
      }
    }
  }

  private isIdle_() {
    return Object.values(this.stats()).every((count) => count === 0)
  }

  private notifyIfIdle_() {
    if (this.idleWaiters_.length && this.isIdle_()) {
      for (const resolve of this.idleWaiters_.splice(0)) {
        resolve()
      }
    }
  }

  /** Resolves once no stream, listener or channel is held (at once when none is): a test's wait for a server to let go. */
  whenIdle(): Promise<void> {
    if (this.isIdle_()) {
      return Promise.resolve()
    }
    return new Promise((resolve) => this.idleWaiters_.push(resolve))
  }

  /** What is held now (tests prove that closed streams leave nothing). */
  stats(): DeliveryStreamStats {
    let streams = 0
    for (const open of this.streams_.values()) {
      streams += open
    }
    return {
      streams,
      actors: this.streams_.size,
      orders: this.fanout_.keys,
      listeners: this.fanout_.listeners,
      ...(this.redis_?.counts ?? { channels: 0, redis_subscriptions: 0 }),
    }
  }

  __hooks = {
    onApplicationPrepareShutdown: async () => this.closeAll(),
    onApplicationShutdown: async () => {
      this.closeAll()
      await this.redis_?.close()
    },
  }
}
