import { photoMaxBytes, photoOrphanDays } from "../cake-photo-settings"
import { orphanedCakePhotos, PhotoHolder } from "../orphan-cake-photos"

const now = new Date("2026-12-10T12:00:00Z")
const daysAgo = (days: number) => new Date(now.getTime() - days * 86400000).toISOString()
const holder = (id: string, overrides: Partial<PhotoHolder> = {}): PhotoHolder => ({
  id,
  file_id: `private-${id}.png`,
  updated_at: daysAgo(8),
  ordered: false,
  cart: { completed_at: null, updated_at: daysAgo(8) },
  ...overrides,
})

describe("orphanedCakePhotos", () => {
  it("deletes the photos of carts untouched for longer than the window, and keeps ordered ones", () => {
    const holders = [
      holder("stale"),
      holder("fresh-cart", { cart: { completed_at: null, updated_at: daysAgo(1) } }),
      holder("fresh-photo", { updated_at: daysAgo(2) }),
      holder("ordered", { ordered: true }),
      holder("completed", { cart: { completed_at: daysAgo(9), updated_at: daysAgo(9) } }),
      holder("cart-gone", { cart: null }),
    ]
    expect(orphanedCakePhotos(holders, { now, days: 7 }).map((h) => h.id)).toEqual(["stale", "cart-gone"])
    expect(orphanedCakePhotos(holders, { now, days: 30 })).toEqual([])
  })

  it("keeps a photo exactly at the window's edge", () => {
    expect(orphanedCakePhotos([holder("edge", { updated_at: daysAgo(7), cart: { updated_at: daysAgo(7) } })], { now, days: 7 })).toEqual([])
  })
})

describe("photo settings", () => {
  it("reads PHOTO_MAX_BYTES and PHOTO_ORPHAN_DAYS, with 5 MB and 7 days for anything unset or unusable", () => {
    expect(photoMaxBytes({})).toEqual(5 * 1024 * 1024)
    expect(photoMaxBytes({ PHOTO_MAX_BYTES: "200000" })).toEqual(200000)
    expect(photoMaxBytes({ PHOTO_MAX_BYTES: "-1" })).toEqual(5 * 1024 * 1024)
    expect(photoMaxBytes({ PHOTO_MAX_BYTES: "lots" })).toEqual(5 * 1024 * 1024)
    expect(photoOrphanDays({})).toEqual(7)
    expect(photoOrphanDays({ PHOTO_ORPHAN_DAYS: "2" })).toEqual(2)
    expect(photoOrphanDays({ PHOTO_ORPHAN_DAYS: "0" })).toEqual(7)
  })
})
