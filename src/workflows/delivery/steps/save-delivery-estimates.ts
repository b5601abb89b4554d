import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import DeliveryModuleService from "../../../modules/delivery/service"
import { arrivingSoonDue } from "../rules/eta"
import { ComputedEstimate } from "./compute-delivery-estimates"

type Undo = { created: { id: string; order_id: string }[]; previous: any[] }

export const saveDeliveryEstimatesStepId = "save-delivery-estimates"

/**
 * Stores each order's estimate (updating its existing one, else creating and
 * linking it) and marks the ones whose arriving-soon email is now due, so it
 * goes once. Answers the saved estimates and the orders due that email.
 * Compensation restores the previous estimates and removes new ones.
 */
export const saveDeliveryEstimatesStep = createStep(
  saveDeliveryEstimatesStepId,
  async (estimates: ComputedEstimate[], { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const { arriving_soon_minutes } = service.options
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const undo: Undo = { created: [], previous: [] }
    const saved: any[] = []
    const arrivingSoon: { order_id: string; eta_at: string }[] = []

    const existingIds = estimates.map((e) => e.existing_id).filter(Boolean) as string[]
    undo.previous = existingIds.length ? await service.listDeliveryEstimates({ id: existingIds }) : []

    for (const estimate of estimates) {
      // Workflow data crosses steps serialised: dates arrive as strings.
      const { order_id, existing_id, arriving_soon_notified_at, ...rest } = estimate
      const fields = { ...rest, eta_at: new Date(rest.eta_at), computed_at: new Date(rest.computed_at) }
      const due = arrivingSoonDue({ eta_at: fields.eta_at, arriving_soon_notified_at }, fields.computed_at, arriving_soon_minutes)
      const data = { ...fields, ...(due ? { arriving_soon_notified_at: fields.computed_at } : {}) }
      if (existing_id) {
        saved.push({ order_id, ...(await service.updateDeliveryEstimates({ id: existing_id, ...data })) })
      } else {
        const created = await service.createDeliveryEstimates(data)
        await link.create({ [Modules.ORDER]: { order_id }, [DELIVERY_MODULE]: { delivery_estimate_id: created.id } })
        undo.created.push({ id: created.id, order_id })
        saved.push({ order_id, ...created })
      }
      if (due) {
        arrivingSoon.push({ order_id, eta_at: new Date(fields.eta_at).toISOString() })
      }
    }
    return new StepResponse({ saved, arriving_soon: arrivingSoon }, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    for (const created of undo.created) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.ORDER]: { order_id: created.order_id },
        [DELIVERY_MODULE]: { delivery_estimate_id: created.id },
      })
    }
    if (undo.created.length) {
      await service.deleteDeliveryEstimates(undo.created.map((c) => c.id))
    }
    for (const previous of undo.previous) {
      const { created_at, updated_at, deleted_at, ...fields } = previous
      await service.updateDeliveryEstimates(fields)
    }
  }
)
