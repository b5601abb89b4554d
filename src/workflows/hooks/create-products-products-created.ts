import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { BAKERY_MODULE } from "../../modules/bakery"
import BakeryModuleService from "../../modules/bakery/service"

/**
 * A product created with `additional_data.bakery_id` is that bakery's cake. A
 * bakery member's new product always carries it (the `/admin` staff guard sets
 * their bakery), so whatever route creates it, it is theirs; a platform admin may
 * pass it too. An unknown bakery is a 404 and the products are not kept.
 * Compensation takes the links off again.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const bakeryId = additional_data?.bakery_id
    if (bakeryId === undefined || bakeryId === null) {
      return new StepResponse(undefined, null)
    }
    const bakeries: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const [bakery] = typeof bakeryId === "string" ? await bakeries.listBakeries({ id: bakeryId }, { select: ["id"] }) : []
    if (!bakery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${String(bakeryId)} was not found`)
    }
    const links = products.map((product) => ({ [BAKERY_MODULE]: { bakery_id: bakery.id }, [Modules.PRODUCT]: { product_id: product.id } }))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(undefined, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
