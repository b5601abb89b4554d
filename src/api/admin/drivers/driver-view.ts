/** The fields `driverView` reads. */
export const adminDriverFields = ["id", "bakery_id", "name", "email", "phone", "is_active", "auth_identity_id", "position_recorded_at", "created_at"]

/** What staff see of a driver: whether they registered, never their login's id or their position itself. */
export function driverView(driver: Record<string, any>) {
  return {
    id: driver.id,
    bakery_id: driver.bakery_id,
    name: driver.name,
    email: driver.email,
    phone: driver.phone ?? null,
    is_active: driver.is_active,
    registered: !!driver.auth_identity_id,
    position_recorded_at: driver.position_recorded_at ?? null,
    created_at: driver.created_at,
  }
}
