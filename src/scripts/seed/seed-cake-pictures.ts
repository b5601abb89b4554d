import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { attachCakePicturesWorkflow } from "../../workflows/cake/workflows/attach-cake-pictures"

/** Where the demo cakes' pictures are kept (made by scripts/generate-cake-pictures.mjs), one `<handle>.png` each. */
const PICTURES_DIR = join("src", "scripts", "seed", "images")

/**
 * The pictures' folder: beside this file in the source tree, or, when the seed
 * runs from `medusa build`'s output (which compiles code and copies no
 * images), the source tree's folder found above it. Null when neither exists.
 */
export function demoPicturesDir(from = __dirname): string | null {
  const beside = join(from, "images")
  if (existsSync(beside)) {
    return beside
  }
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, PICTURES_DIR)
    if (existsSync(candidate)) {
      return candidate
    }
  }
  return null
}

/**
 * Gives each demo cake that has no picture yet its own (thumbnail and image),
 * uploaded through the File module. A cake with a thumbnail or any image, the
 * seed's or one staff chose, is left as it is, so running the seed again adds
 * nothing. Returns how many cakes got a picture.
 */
export async function seedCakePictures(container: MedusaContainer, productIdsByHandle: Record<string, string>): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "thumbnail", "images.id"],
    filters: { id: Object.values(productIdsByHandle) },
  })
  const bare = products.filter((product) => !product.thumbnail && !product.images?.length)
  if (!bare.length) {
    return 0
  }
  const dir = demoPicturesDir()
  if (!dir) {
    logger.warn(`Demo cake pictures not found (${PICTURES_DIR}): the cakes keep no pictures`)
    return 0
  }
  const pictures = bare
    .map((product) => ({ product, path: join(dir, `${product.handle}.png`) }))
    .filter(({ path }) => existsSync(path))
    .map(({ product, path }) => ({
      product_id: product.id,
      filename: `${product.handle}.png`,
      mime_type: "image/png",
      content: readFileSync(path).toString("base64"),
    }))
  if (pictures.length) {
    await attachCakePicturesWorkflow(container).run({ input: { pictures } })
  }
  return pictures.length
}
