import { Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import type { CakeCustomizationView } from "../../types/cake/http"
import { sweetspotAdmin } from "../lib/sdk"

type CakePhoto = NonNullable<CakeCustomizationView["photo"]>

const TYPE_NAMES: Record<string, string> = { "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP" }

/** "640 × 480 · PNG · 84 KB": what staff read under the picture. */
export const describePhoto = (photo: CakePhoto) =>
  [
    photo.width && photo.height ? `${photo.width} × ${photo.height}` : null,
    TYPE_NAMES[photo.content_type] ?? photo.content_type,
    photo.size >= 1024 * 1024 ? `${(photo.size / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(photo.size / 1024))} KB`,
  ]
    .filter(Boolean)
    .join(" · ")

/**
 * The reference photo a shopper sent with an ordered cake, as a "Photo" row of
 * the customisation list. It is fetched with the staff member's own login
 * (`GET /admin/orders/:id/items/:item_id/photo`) and shown from memory: the photo
 * has no public URL to point an <img> at.
 */
export const OrderLinePhoto = ({ orderId, itemId, photo }: { orderId: string; itemId: string; photo: CakePhoto }) => {
  const { data: blob, isLoading, error } = useQuery({
    queryKey: ["sweetspot", "order-line-photo", orderId, itemId, photo.file_id],
    queryFn: () => sweetspotAdmin.orders.cakePhoto(orderId, itemId),
    staleTime: Infinity,
  })
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!blob) {
      return
    }
    const objectUrl = URL.createObjectURL(blob)
    setUrl(objectUrl)
    return () => URL.revokeObjectURL(objectUrl)
  }, [blob])

  return (
    <>
      <dt>Photo</dt>
      <dd className="flex flex-col gap-y-1 text-ui-fg-base" data-customization-field="photo">
        {url ? (
          <a href={url} target="_blank" rel="noreferrer" title="Open the photo at full size">
            <img src={url} alt="The shopper's reference photo" className="max-h-48 max-w-full rounded-md border" data-cake-photo={itemId} />
          </a>
        ) : (
          <Text size="small" className="text-ui-fg-subtle" data-cake-photo-state={error ? "error" : "loading"}>
            {isLoading ? "Loading the photo…" : "The photo could not be loaded"}
          </Text>
        )}
        <Text size="xsmall" className="text-ui-fg-subtle">
          {describePhoto(photo)}
        </Text>
      </dd>
    </>
  )
}
