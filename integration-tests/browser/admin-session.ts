import axios, { AxiosInstance } from "axios"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { Browser, chromium, Page } from "playwright-core"
import { DEMO_PUBLISHABLE_KEY_TITLE } from "../../src/scripts/seed/demo-data"
import { bookFirstSlot, checkout, createCart, Fulfillment, LONDON_ADDRESS, registerShopper } from "../helpers/shopper"

export const ADMIN = { email: "browser-admin@sweetspot.test", password: "browser-admin-password" }

/** Where screenshots go: kept by CI as test artifacts. */
export const ARTIFACTS_DIR = join(__dirname, "..", "..", "test-artifacts", "browser")

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/** Chromium as root in a closed network: no sandbox, no background calls home. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  })
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true })
}

/** An Admin API client logged in as the seeded admin, to check what the browser changed. */
export async function adminApi(baseURL: string): Promise<AxiosInstance> {
  const { data } = await axios.post(`${baseURL}/auth/user/emailpass`, ADMIN)
  const api = axios.create({ baseURL, headers: { authorization: `Bearer ${data.token}` } })
  api.interceptors.response.use(undefined, (error) => {
    const answer = error.response ? ` ${error.response.status} ${JSON.stringify(error.response.data)}` : ""
    throw new Error(`${error.config?.method?.toUpperCase()} ${error.config?.url} failed:${answer || ` ${error.message}`}`)
  })
  return api
}

/** The database URL of the test PostgreSQL (the jest global setup's), for a database of our own. */
export function testDatabaseUrl(database: string) {
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
  if (!DB_HOST) {
    throw new Error("DB_HOST is not set: run the browser tests through jest (npm test), whose global setup starts PostgreSQL")
  }
  const auth = DB_PASSWORD ? `${encodeURIComponent(DB_USERNAME ?? "postgres")}:${encodeURIComponent(DB_PASSWORD)}` : DB_USERNAME ?? "postgres"
  return `postgres://${auth}@${DB_HOST}:${DB_PORT ?? 5432}/${database}`
}

/** Store headers with the demo seed's publishable key (Medusa's migrations add a default key that sells nothing). */
export async function demoStoreHeaders(api: AxiosInstance) {
  const { data } = await api.get("/admin/api-keys", { params: { type: "publishable" } })
  const key = data.api_keys.find((k: any) => k.title === DEMO_PUBLISHABLE_KEY_TITLE)
  return { "x-publishable-api-key": key.token as string }
}

type CakeOrder = {
  email: string
  /** A demo cake's handle. */
  handle: string
  /** The customisation, from the cake as the store lists it. */
  customize?: (cake: any) => Record<string, unknown>
  address?: Record<string, unknown>
  /** Collected from the bakery or delivered (the default). */
  fulfillment?: Fulfillment
  /** A reference photo (PNG) sent with the cake, for a cake that takes one. */
  photo?: Buffer
}

/** A new shopper's order of one demo cake, placed through the Store API of a running server. */
export async function placeCakeOrder(
  baseURL: string,
  api: AxiosInstance,
  { email, handle, customize, address = LONDON_ADDRESS, fulfillment = "delivery", photo }: CakeOrder
) {
  const store = axios.create({ baseURL })
  const storeHeaders = await demoStoreHeaders(api)
  const { data: regions } = await store.get("/store/regions", { headers: storeHeaders })
  const region = regions.regions[0]
  const shopper = await registerShopper(store, storeHeaders, email)
  const { data: cakes } = await store.get("/store/cakes", { headers: shopper, params: { region_id: region.id, limit: 50 } })
  const cake = cakes.cakes.find((c: any) => c.handle === handle)
  const cart = await createCart(store, shopper, region.id)
  const { data: added } = await store.post(
    `/store/carts/${cart.id}/cakes`,
    { variant_id: cake.variants[0].id, customization: customize?.(cake) ?? {} },
    { headers: shopper }
  )
  if (photo) {
    const form = new FormData()
    form.append("file", new Blob([photo], { type: "image/png" }), "reference.png")
    await store.post(`/store/carts/${cart.id}/cakes/${added.cart.items[0].id}/photo`, form, { headers: shopper })
  }
  await bookFirstSlot(store, shopper, cake.bakery.id, cart.id)
  const order = await checkout(store, shopper, cart.id, email, address, fulfillment)
  return { order, store, shopper }
}
