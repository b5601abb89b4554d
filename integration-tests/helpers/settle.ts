import { EventEmitter } from "node:events"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** What the test runner hands a suite for waiting on the workflow engine. */
type RunnerUtils = { waitWorkflowExecutions: () => Promise<void> }

/** The subscriber calls still running, per event emitter whose emits are followed. */
const runningByEmitter = new WeakMap<EventEmitter, Set<Promise<unknown>>>()

/**
 * Follows every subscriber call of the local event bus from now on: its emitter
 * calls each subscriber as EventEmitter does, and keeps the promise until it settles.
 * Undefined when the app runs another event bus (Redis), whose subscribers run elsewhere.
 */
function followSubscribers(container: MedusaContainer): { running: Set<Promise<unknown>>; fresh: boolean } | undefined {
  const bus = container.resolve(Modules.EVENT_BUS, { allowUnregistered: true }) as { eventEmitter_?: unknown } | undefined
  const emitter = bus?.eventEmitter_
  if (!(emitter instanceof EventEmitter)) {
    return undefined
  }
  const known = runningByEmitter.get(emitter)
  if (known) {
    return { running: known, fresh: false }
  }
  const running = new Set<Promise<unknown>>()
  const emit = emitter.emit
  emitter.emit = function (this: EventEmitter, name: string | symbol, ...args: unknown[]) {
    const listeners = this.rawListeners(name)
    if (!listeners.length) {
      return emit.call(this, name, ...args)
    }
    for (const listener of listeners) {
      const result: unknown = Reflect.apply(listener, this, args)
      if (result instanceof Promise) {
        running.add(result)
        const done = () => running.delete(result)
        result.then(done, done)
      }
    }
    return true
  }
  runningByEmitter.set(emitter, running)
  return { running, fresh: true }
}

/**
 * Waits until no subscriber call and no workflow run is in flight. Call it at the end of
 * a `beforeAll` that the runner snapshots (a run caught mid-flight in the snapshot would
 * be restored, never finish, and make every test wait out the runner's minute-long check
 * for running workflows) and after any request whose subscribers must not overlap the next.
 *
 * The first call in a suite starts following the event bus's subscribers, so it cannot
 * know of calls already started: it waits, twice a moment apart, for the runs they start.
 * Every later call waits for the subscriber calls themselves, with no sleeping.
 */
export async function settleWorkflows(utils: RunnerUtils, container: MedusaContainer) {
  const followed = followSubscribers(container)
  if (!followed || followed.fresh) {
    for (let round = 0; round < 2; round++) {
      await utils.waitWorkflowExecutions()
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  for (;;) {
    await utils.waitWorkflowExecutions()
    // Lets an event released by the last run reach its subscribers before looking.
    await new Promise((resolve) => setImmediate(resolve))
    if (!followed?.running.size) {
      break
    }
    await Promise.all(followed.running)
  }
}
