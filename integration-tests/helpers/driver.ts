import { AxiosInstance } from "axios"

/** A driver's Authorization header. */
export const driverBearer = (token: string) => ({ authorization: `Bearer ${token}` })

/**
 * Medusa's driver registration, then SweetSpot's bind, then a login, for an email
 * staff added: answers the driver's token.
 */
export async function registerDriver(api: AxiosInstance, email: string, password = "van-driver-1") {
  const { data: registration } = await api.post("/auth/driver/emailpass/register", { email, password })
  await api.post("/drivers", {}, { headers: driverBearer(registration.token) })
  const { data: login } = await api.post("/auth/driver/emailpass", { email, password })
  return login.token as string
}
