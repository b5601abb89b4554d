import { MedusaContainer } from "@medusajs/framework/types"
import { AxiosInstance } from "axios"
import { seedAdminUser } from "../../src/scripts/seed/seed-admin-user"

export const TEST_ADMIN = { email: "staff@sweetspot.test", password: "test-staff-password" }

/** Creates the test admin (if needed), logs in and answers the Authorization header. */
export async function adminHeaders(api: AxiosInstance, container: MedusaContainer) {
  await seedAdminUser(container, TEST_ADMIN.email, TEST_ADMIN.password)
  const { data } = await api.post("/auth/user/emailpass", TEST_ADMIN)
  return { authorization: `Bearer ${data.token}` }
}
