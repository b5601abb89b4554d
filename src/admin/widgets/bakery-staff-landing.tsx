import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect } from "react"
import { Link, useNavigate } from "react-router-dom"
import { sweetspotAdmin } from "../lib/sdk"

/** Once per browser session: the dashboard opens on the orders list, a bakery member starts on their bakery's page. */
const LANDED_KEY = "sweetspot.bakery-staff.landed"

/**
 * On the orders list (where the dashboard opens after login): a bakery member is
 * taken to their bakery's page the first time in a session, and afterwards sees
 * which bakery's orders these are, with links to its page and bake sheet. A
 * platform admin sees nothing here.
 */
const BakeryStaffLanding = () => {
  const navigate = useNavigate()
  const access = useQuery({ queryKey: ["sweetspot", "bakery-access"], queryFn: () => sweetspotAdmin.access() })
  const memberships = access.data?.access.memberships ?? []
  const first = memberships[0]?.bakery_id
  const bakeries = useQuery({
    queryKey: ["sweetspot", "bakeries", { mine: true }],
    queryFn: () => sweetspotAdmin.bakeries.list({ limit: 50 }),
    enabled: Boolean(first),
  })

  useEffect(() => {
    if (first && !sessionStorage.getItem(LANDED_KEY)) {
      sessionStorage.setItem(LANDED_KEY, "1")
      navigate(`/bakeries/${first}`, { replace: true })
    }
  }, [first, navigate])

  if (!first) {
    return null
  }
  return (
    <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4" data-bakery-staff-landing>
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">{bakeries.data?.bakeries.map((b) => b.name).join(", ") || "Your bakery"}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          You see your bakery's orders, cakes and customers. Settings, regions and the rest of the store are a platform admin's.
        </Text>
      </div>
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" asChild>
          <Link to={`/bakeries/${first}/bake-sheet`}>Bake sheet</Link>
        </Button>
        <Button size="small" variant="secondary" asChild>
          <Link to={`/bakeries/${first}`}>Bakery page</Link>
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default BakeryStaffLanding
