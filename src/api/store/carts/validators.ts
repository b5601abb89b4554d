import { z } from "@medusajs/framework/zod"
import { CAKE_PHOTO_CONTENT_TYPES, EGG_OPTIONS, MAX_CAKES_PER_LINE } from "../../../types/cake/cake-options"
import { selectParamsShape } from "../../utils/find-params"
import { DeliverySlot } from "../orders/[id]/delivery/validators"

const CakeCustomizationInput = z.strictObject({
  message: z.string().max(500).nullish(),
  egg_version: z.enum(EGG_OPTIONS).optional(),
  toppings: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
  shape: z.string().max(50).nullish(),
  notes: z.string().max(1000).nullish(),
})

const quantity = z.number().int().min(1).max(MAX_CAKES_PER_LINE)

export const StoreAddCakeToCart = z
  .strictObject({
    variant_id: z.string().min(1).meta({ description: "The size (variant) of the cake." }),
    quantity: quantity.default(1),
    customization: CakeCustomizationInput.default({}),
  })
  .meta({ id: "StoreAddCakeToCart" })
export type StoreAddCakeToCartType = z.infer<typeof StoreAddCakeToCart>

export const StoreUpdateCakeInCart = z
  .strictObject({
    quantity: quantity.optional(),
    customization: CakeCustomizationInput.optional(),
  })
  .refine((b) => b.quantity !== undefined || b.customization !== undefined, {
    message: "give quantity and/or customization to change",
  })
  .meta({ id: "StoreUpdateCakeInCart" })
export type StoreUpdateCakeInCartType = z.infer<typeof StoreUpdateCakeInCart>

export const StoreGetCakeCartParams = z.strictObject(selectParamsShape)

export const StoreSetCartDeliverySlot = z
  .strictObject({
    starts_at: z.iso.datetime({ offset: true, message: "starts_at must be an ISO date-time, e.g. 2026-12-02T11:00:00Z" }),
  })
  .meta({ id: "StoreSetCartDeliverySlot" })
export type StoreSetCartDeliverySlotType = z.infer<typeof StoreSetCartDeliverySlot>

/** A cake line's reference photo, as carts and orders show it: what SweetSpot read of it, never a URL. */
export const CakePhoto = z
  .object({
    file_id: z.string().meta({ description: "The private file's id in Medusa's File module." }),
    content_type: z.enum(CAKE_PHOTO_CONTENT_TYPES).meta({ description: "Told by the file's first bytes, not its name." }),
    size: z.number().int().meta({ description: "Bytes." }),
    width: z.number().int().nullable().optional(),
    height: z.number().int().nullable().optional(),
  })
  .meta({
    id: "CakePhoto",
    description: "The photo itself is read through the authenticated photo routes (`GET /store/carts/{id}/cakes/{line_id}/photo`, `GET /store/orders/{id}/items/{item_id}/photo`, `GET /admin/orders/{id}/items/{item_id}/photo`).",
  })

/** A cake line's customisation, as carts and orders show it. */
export const CakeCustomization = z
  .object({
    id: z.string(),
    message: z.string().nullable(),
    egg_version: z.enum(EGG_OPTIONS),
    toppings: z.array(z.string()),
    shape: z.string().nullable(),
    notes: z.string().nullable(),
    photo: CakePhoto.nullable(),
    price_adjustment: z.number().meta({ description: "What the toppings, shape and photo add to the variant's price (main unit)." }),
  })
  .meta({ id: "CakeCustomization" })

/** A cart line's customisation: it names the line that carries it. */
export const CartCakeCustomization = CakeCustomization.extend({
  line_item_id: z.string().meta({ description: "This line's id: the customisation names the line that carries it." }),
}).meta({ id: "CartCakeCustomization" })

/** Medusa's store cart as SweetSpot's routes answer it: every field of Medusa's own cart route, plus the cake fields. */
export const StoreCakeCart = z
  .looseObject({
    id: z.string(),
    currency_code: z.string(),
    region_id: z.string().nullable(),
    email: z.string().nullable(),
    completed_at: z.iso.datetime().nullable(),
    item_total: z.number(),
    shipping_total: z.number(),
    total: z.number(),
    items: z.array(
      z.looseObject({
        id: z.string(),
        title: z.string(),
        variant_id: z.string().nullable(),
        product_id: z.string().nullable(),
        quantity: z.number(),
        unit_price: z.number().meta({ description: "For a customised cake, set by SweetSpot: variant + toppings + shape + photo." }),
        metadata: z.record(z.string(), z.unknown()).nullable(),
        cake_customization: CartCakeCustomization.nullable().optional(),
      })
    ),
    delivery_slot: DeliverySlot.nullable().optional(),
  })
  .meta({ id: "StoreCakeCart", description: "Medusa's store cart (its other fields as Medusa documents them) with each cake line's customisation and the booked slot." })

export const StoreCakeCartResponse = z.object({ cart: StoreCakeCart })

/** The multipart body of a photo upload (documentation: the route reads the stream itself). */
export const StoreUploadCakePhoto = z
  .strictObject({
    file: z.string().meta({
      format: "binary",
      description: "One JPEG, PNG or WebP image (checked by its first bytes), at most PHOTO_MAX_BYTES (5 MB by default). Send it as a file part, with a filename.",
    }),
  })
  .meta({ id: "StoreUploadCakePhoto" })

/** The photo routes take no query parameter. */
export const StoreGetCakePhotoParams = z.strictObject({})

/** A photo's bytes, as the photo routes answer them (`Content-Type` is the type checked at upload). */
export const CakePhotoImage = z.string().meta({ format: "binary", description: "The image's bytes." })
