import { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoData } from "../../src/scripts/seed/index"
import { TEST_ADMIN } from "./admin-headers"

/**
 * The demo shop of `npm run dev`, plus the Store API header for its publishable key.
 * Without the cake pictures (about a second of uploads per seed, and most suites
 * seed before every test): demo-seed.spec.ts and the browser suite check them.
 */
export async function seedDemoShop(container: MedusaContainer, options: { pictures?: boolean } = {}) {
  const seeded = await seedDemoData(container, { adminEmail: TEST_ADMIN.email, adminPassword: TEST_ADMIN.password, pictures: options.pictures ?? false })
  return { ...seeded, storeHeaders: { "x-publishable-api-key": seeded.publishableKey } }
}

/** Runs a request that is expected to fail and answers its response. */
export async function failing<T>(request: Promise<T>) {
  try {
    await request
  } catch (error: any) {
    if (error.response) {
      return error.response
    }
    throw error
  }
  throw new Error("The request was expected to fail but succeeded")
}
