import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../src/modules/bakery"
import BakeryModuleService from "../../src/modules/bakery/service"
import { CAKE_MODULE } from "../../src/modules/cake"
import CakeModuleService from "../../src/modules/cake/service"
import { createBakeriesStep } from "../../src/workflows/bakery/steps/create-bakeries"
import { deleteBakeriesStep } from "../../src/workflows/bakery/steps/delete-bakeries"
import { updateBakeriesStep } from "../../src/workflows/bakery/steps/update-bakeries"
import { upsertCakeProfileStep } from "../../src/workflows/cake/steps/upsert-cake-profile"

jest.setTimeout(60 * 1000)

const failAfterwards = createStep("test-fail-afterwards", async () => {
  throw new Error("a later step failed")
})

// Throwaway workflows: each runs one catalog step, then fails, so only the step's compensation can leave the data clean.
const createThenFail = createWorkflow("test-create-bakery-then-fail", (input: { name: string; handle: string }) => {
  const created = createBakeriesStep([input])
  failAfterwards()
  return new WorkflowResponse(created)
})
const updateThenFail = createWorkflow("test-update-bakery-then-fail", (input: { id: string; name: string }) => {
  const updated = updateBakeriesStep([input])
  failAfterwards()
  return new WorkflowResponse(updated)
})
const deleteThenFail = createWorkflow("test-delete-bakery-then-fail", (input: { id: string }) => {
  const deleted = deleteBakeriesStep([input.id])
  failAfterwards()
  return new WorkflowResponse(deleted)
})
const upsertProfileThenFail = createWorkflow(
  "test-upsert-profile-then-fail",
  (input: { existing_id?: string; data: { flavour?: string; is_available?: boolean } }) => {
    const result = upsertCakeProfileStep(input)
    failAfterwards()
    return new WorkflowResponse(result)
  }
)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    const bakeries = () => getContainer().resolve(BAKERY_MODULE) as BakeryModuleService
    const cakes = () => getContainer().resolve(CAKE_MODULE) as CakeModuleService

    describe("catalog steps undo their writes when a later step fails", () => {
      it("a created bakery is removed", async () => {
        const { errors } = await createThenFail(getContainer()).run({
          input: { name: "Ghost Bakery", handle: "ghost" },
          throwOnError: false,
        })
        expect(errors[0].error.message).toEqual("a later step failed")
        expect(await bakeries().listBakeries({ handle: "ghost" })).toHaveLength(0)
      })

      it("an updated bakery gets its previous values back", async () => {
        const bakery = await bakeries().createBakeries({ name: "Before", handle: "before", lead_time_minutes: 90 })
        await updateThenFail(getContainer()).run({ input: { id: bakery.id, name: "After" }, throwOnError: false })
        const restored = await bakeries().retrieveBakery(bakery.id)
        expect(restored.name).toEqual("Before")
        expect(restored.lead_time_minutes).toEqual(90)
      })

      it("a deleted bakery is restored", async () => {
        const bakery = await bakeries().createBakeries({ name: "Keep", handle: "keep" })
        await deleteThenFail(getContainer()).run({ input: { id: bakery.id }, throwOnError: false })
        expect((await bakeries().retrieveBakery(bakery.id)).name).toEqual("Keep")
      })

      it("a created cake profile is removed and an updated one restored", async () => {
        await upsertProfileThenFail(getContainer()).run({ input: { data: { flavour: "ghost" } }, throwOnError: false })
        expect(await cakes().listCakeProfiles({ flavour: "ghost" })).toHaveLength(0)

        const profile = await cakes().createCakeProfiles({ flavour: "lemon", is_available: true })
        await upsertProfileThenFail(getContainer()).run({
          input: { existing_id: profile.id, data: { flavour: "lime", is_available: false } },
          throwOnError: false,
        })
        const restored = await cakes().retrieveCakeProfile(profile.id)
        expect(restored.flavour).toEqual("lemon")
        expect(restored.is_available).toEqual(true)
      })
    })
  },
})
