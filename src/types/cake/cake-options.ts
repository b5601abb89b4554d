export const EGG_OPTIONS = ["egg", "eggless"] as const

/** Whether a cake is baked with eggs or without. */
export type EggOption = (typeof EGG_OPTIONS)[number]

/** A shape a cake can be baked in, and what it adds to the price (main currency unit). */
export type CakeShape = { name: string; surcharge: number }

/** A topping a shopper can add, and its price (main currency unit). */
export type CakeTopping = { name: string; price: number }

/** Most of one cake a single line may hold. */
export const MAX_CAKES_PER_LINE = 20
