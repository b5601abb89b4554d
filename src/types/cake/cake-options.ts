export const EGG_OPTIONS = ["egg", "eggless"] as const

/** Whether a cake is baked with eggs or without. */
export type EggOption = (typeof EGG_OPTIONS)[number]

/** A shape a cake can be baked in, and what it adds to the price (main currency unit). */
export type CakeShape = { name: string; surcharge: number }

/** A topping a shopper can add, and its price (main currency unit). */
export type CakeTopping = { name: string; price: number }

/** Whether a cake takes a reference photo (an edible print, "make it look like this"), and what it adds (main currency unit). */
export type CakePhotoOption = { accepted: boolean; price: number }

/** A cake that says nothing about photos takes none. */
export const NO_CAKE_PHOTO: CakePhotoOption = { accepted: false, price: 0 }

/** The image types a cake photo may be, told apart by their first bytes. */
export const CAKE_PHOTO_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export type CakePhotoContentType = (typeof CAKE_PHOTO_CONTENT_TYPES)[number]

/**
 * The photo on a cake line's customisation: a private file of Medusa's File
 * module and what SweetSpot read of it. Written only by SweetSpot's photo routes.
 */
export type CakePhoto = {
  /** The File module's id (the provider's key): never a URL, never shown as one. */
  file_id: string
  content_type: CakePhotoContentType
  /** Bytes. */
  size: number
  width?: number | null
  height?: number | null
}

/** Most of one cake a single line may hold. */
export const MAX_CAKES_PER_LINE = 20
