import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_PUBLISHABLE_KEY_TITLE, DEMO_REGION, DEMO_SALES_CHANNEL } from "./demo-data"

export type SeededStore = {
  salesChannelId: string
  publishableKey: string
  regionId: string
}

/** The storefront's sales channel, its publishable key, the UK region and its tax region; each created only if missing. */
export async function seedStore(container: MedusaContainer): Promise<SeededStore> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const salesChannelId = await findOrCreate(
    () => query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: DEMO_SALES_CHANNEL.name } }),
    async () => {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [DEMO_SALES_CHANNEL] },
      })
      return result[0].id
    }
  )

  const { data: [store] } = await query.graph({ entity: "store", fields: ["id", "supported_currencies.currency_code"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "SweetSpot",
        supported_currencies: [
          { currency_code: "gbp", is_default: true },
          { currency_code: "eur" },
        ],
        default_sales_channel_id: salesChannelId,
      },
    },
  })

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { title: DEMO_PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  let publishableKey = keys[0]?.token
  if (!publishableKey) {
    const { result: [created] } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: DEMO_PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: created.id, add: [salesChannelId] } })
    publishableKey = created.token
  }

  const regionId = await findOrCreate(
    () => query.graph({ entity: "region", fields: ["id"], filters: { name: DEMO_REGION.name } }),
    async () => {
      const { result } = await createRegionsWorkflow(container).run({
        input: { regions: [{ ...DEMO_REGION, payment_providers: ["pp_system_default"] }] },
      })
      return result[0].id
    }
  )

  const taxModule = container.resolve(Modules.TAX)
  const taxRegions = await taxModule.listTaxRegions({ country_code: DEMO_REGION.countries })
  const missing = DEMO_REGION.countries.filter((code) => !taxRegions.some((r) => r.country_code === code))
  if (missing.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  return { salesChannelId, publishableKey, regionId }
}

/** Returns the id of the first row `find` answers, or of what `create` makes. */
export async function findOrCreate(
  find: () => Promise<{ data: { id: string }[] }>,
  create: () => Promise<string>
): Promise<string> {
  const { data } = await find()
  return data[0]?.id ?? (await create())
}
