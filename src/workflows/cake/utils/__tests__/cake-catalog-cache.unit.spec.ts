import { MedusaContainer } from "@medusajs/framework/types"
import { cachedCakeCatalog, forgetCakeCatalogComputations } from "../cake-catalog-cache"

/** A container whose caching module is a plain map. */
function containerWithCache(): MedusaContainer {
  const entries = new Map<string, unknown>()
  const caching = {
    get: async ({ key }: { key: string }) => entries.get(key) ?? null,
    set: async ({ key, data }: { key: string; data: unknown }) => void entries.set(key, data),
  }
  return { resolve: () => caching } as unknown as MedusaContainer
}

/** A computation that finishes when told to. */
function deferred<T>() {
  let finish!: (value: T) => void
  const promise = new Promise<T>((resolve) => (finish = resolve))
  return { promise, finish }
}

describe("cachedCakeCatalog", () => {
  it("computes once for requests that miss together, and answers the cached value after", async () => {
    const container = containerWithCache()
    const pending = deferred<string[]>()
    const compute = jest.fn(() => pending.promise)
    const burst = Promise.all(Array.from({ length: 10 }, () => cachedCakeCatalog(container, "order:a", compute)))
    pending.finish(["prod_1", "prod_2"])
    expect(await burst).toEqual(Array.from({ length: 10 }, () => ["prod_1", "prod_2"]))
    expect(await cachedCakeCatalog(container, "order:a", compute)).toEqual(["prod_1", "prod_2"])
    expect(compute).toHaveBeenCalledTimes(1)
  })

  it("does not make requests after a change wait for a computation started before it", async () => {
    const container = containerWithCache()
    const before = deferred<string[]>()
    const first = cachedCakeCatalog(container, "order:b", () => before.promise)
    // Once it has missed the cache and started computing:
    await new Promise((resolve) => setImmediate(resolve))
    forgetCakeCatalogComputations()
    const after = cachedCakeCatalog(container, "order:b", async () => ["prod_new"])
    expect(await after).toEqual(["prod_new"])
    before.finish(["prod_old"])
    expect(await first).toEqual(["prod_old"])
  })

  it("lets the next request compute again when a computation fails", async () => {
    const container = containerWithCache()
    await expect(cachedCakeCatalog(container, "order:c", async () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone")
    expect(await cachedCakeCatalog(container, "order:c", async () => ["prod_1"])).toEqual(["prod_1"])
  })
})
