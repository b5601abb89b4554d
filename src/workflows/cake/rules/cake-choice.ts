import { MedusaError } from "@medusajs/framework/utils"
import { CakeChoice, CakeChoiceWithPhoto } from "../../../types/cake/cake-customization"
import { CakeProfileDTO } from "../../../types/cake/cake-profile"
import { assertCakeAvailable } from "./cake-line"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const list = (names: string[]) => (names.length ? names.join(", ") : "none")
const blankToNull = (value?: string | null) => (value?.trim() ? value.trim() : null)

/**
 * Checks a shopper's choice against the cake's profile and answers it normalised
 * (defaults filled, names spelled as the bakery does). Throws INVALID_DATA naming
 * the field and the allowed values. A photo is only for a cake that takes one.
 */
export function resolveCakeChoice(cakeTitle: string, profile: CakeProfileDTO, input: CakeChoiceWithPhoto): CakeChoice {
  assertCakeAvailable(cakeTitle, profile)

  const message = blankToNull(input.message)
  if (message && message.length > profile.max_message_length) {
    throw invalid(
      profile.max_message_length === 0
        ? `customization.message: ${cakeTitle} takes no message`
        : `customization.message: at most ${profile.max_message_length} characters on ${cakeTitle} (yours has ${message.length})`
    )
  }

  const egg_version = input.egg_version ?? profile.egg_options[0]
  if (!profile.egg_options.includes(egg_version)) {
    throw invalid(`customization.egg_version: ${cakeTitle} is baked ${list(profile.egg_options)} only, not ${egg_version}`)
  }

  const offeredToppings = profile.toppings.map((t) => t.name)
  const toppings = (input.toppings ?? []).map((asked) => {
    const offered = offeredToppings.find((name) => name.toLowerCase() === asked.trim().toLowerCase())
    if (!offered) {
      throw invalid(`customization.toppings: "${asked}" is not offered on ${cakeTitle}; choose from ${list(offeredToppings)}`)
    }
    return offered
  })
  const repeated = toppings.find((name, i) => toppings.indexOf(name) !== i)
  if (repeated) {
    throw invalid(`customization.toppings: "${repeated}" is chosen twice`)
  }

  let shape: string | null = null
  if (blankToNull(input.shape)) {
    const offeredShapes = profile.shapes.map((s) => s.name)
    shape = offeredShapes.find((name) => name.toLowerCase() === input.shape!.trim().toLowerCase()) ?? null
    if (!shape) {
      throw invalid(`customization.shape: "${input.shape}" is not offered on ${cakeTitle}; choose from ${list(offeredShapes)}`)
    }
  }

  const photo = input.photo ?? null
  if (photo && !profile.photo?.accepted) {
    throw invalid(`photo: ${cakeTitle} takes no photo; remove it (DELETE /store/carts/:id/cakes/:line_id/photo)`)
  }

  return { message, egg_version, toppings: [...toppings].sort(), shape, notes: blankToNull(input.notes), photo }
}

/**
 * Two cake lines with the same variant and the same key are the same cake and may
 * share a line. A line with a photo has a key of its own (its file), so no other
 * cake ever joins it; without one, the key is what it was before photos existed.
 */
export function cakeChoiceKey(variantId: string, choice: Omit<CakeChoice, "photo"> & { photo?: { file_id: string } | null }): string {
  const key: unknown[] = [variantId, choice.message, choice.egg_version, choice.toppings, choice.shape, choice.notes]
  return JSON.stringify(choice.photo ? [...key, choice.photo.file_id] : key)
}
