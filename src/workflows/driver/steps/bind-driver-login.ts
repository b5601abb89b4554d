import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DRIVER_MODULE } from "../../../modules/driver"
import DriverModuleService from "../../../modules/driver/service"
import { driverRegistrationRefused, registrableDriver } from "../utils/registrable-driver"

export const bindDriverLoginStepId = "bind-driver-login"

/**
 * Binds a fresh driver login (Medusa's emailpass registration) to the driver
 * record staff added with the same email; anyone else gets the one refusal.
 * Compensation unbinds it.
 */
export const bindDriverLoginStep = createStep(
  bindDriverLoginStepId,
  async ({ auth_identity_id }: { auth_identity_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(auth_identity_id, { relations: ["provider_identities"] }).catch(() => null)
    const email = identity?.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
    const driver = email ? await registrableDriver(container, email) : null
    if (!driver) {
      throw driverRegistrationRefused()
    }
    const drivers: DriverModuleService = container.resolve(DRIVER_MODULE)
    await drivers.updateDrivers({ id: driver.id, auth_identity_id })
    return new StepResponse({ driver_id: driver.id }, driver.id)
  },
  async (driverId, { container }) => {
    if (!driverId) return
    await (container.resolve(DRIVER_MODULE) as DriverModuleService).updateDrivers({ id: driverId, auth_identity_id: null })
  }
)
