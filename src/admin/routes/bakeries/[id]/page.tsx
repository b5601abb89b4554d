import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { Link, useNavigate, useParams } from "react-router-dom"
import type { AdminBakery } from "../../../../types/bakery/http"
import { BakeryCakes } from "../../../components/bakery-cakes"
import { BakeryClosures } from "../../../components/bakery-closures"
import { BakeryDrivers } from "../../../components/bakery-drivers"
import { BakeryFormDrawer } from "../../../components/bakery-form-drawer"
import { BakeryStats } from "../../../components/bakery-stats"
import { QueryState } from "../../../components/query-state"
import { WEEKDAYS, bodyOf, formValuesOf } from "../../../lib/bakery-form-values"
import { sweetspotAdmin } from "../../../lib/sdk"

const Row = ({ label, value }: { label: string; value: string | number | null | undefined }) => (
  <div className="grid grid-cols-2 px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" data-detail={label}>{value === null || value === undefined || value === "" ? "-" : value}</Text>
  </div>
)

/** "GBP 4.00 + 0.80/km, free over 60.00" per currency. */
const feesText = (fees: AdminBakery["delivery_fees"]) =>
  fees
    .map((fee) => {
      const money = (amount: number) => amount.toFixed(2)
      const free = fee.free_over === null || fee.free_over === undefined ? "" : `, free over ${money(fee.free_over)}`
      return `${fee.currency_code.toUpperCase()} ${money(fee.base)} + ${money(fee.per_km)}/km${free}`
    })
    .join("; ")

const EditBakeryDrawer = ({ bakery }: { bakery: AdminBakery }) => {
  const queryClient = useQueryClient()
  return (
    <BakeryFormDrawer
      trigger="Edit"
      title={`Edit ${bakery.name}`}
      submitLabel="Save"
      initial={formValuesOf(bakery)}
      save={(values) => sweetspotAdmin.bakeries.update(bakery.id, bodyOf(values, "edit"))}
      onSaved={({ bakery: updated }) => {
        queryClient.setQueryData(["sweetspot", "bakery", bakery.id], { bakery: updated })
        queryClient.invalidateQueries({ queryKey: ["sweetspot", "bakeries"] })
        toast.success("Bakery saved")
      }}
    />
  )
}

const BakeryHeader = ({ bakery }: { bakery: AdminBakery }) => {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const setActive = useMutation({
    mutationFn: (is_active: boolean) => sweetspotAdmin.bakeries.update(bakery.id, { is_active }),
    onSuccess: ({ bakery: updated }) => {
      queryClient.setQueryData(["sweetspot", "bakery", bakery.id], { bakery: updated })
      queryClient.invalidateQueries({ queryKey: ["sweetspot", "bakeries"] })
      toast.success(updated.is_active ? "Bakery activated" : "Bakery deactivated: shoppers no longer see it")
    },
    onError: (error) => toast.error((error as Error).message),
  })
  const remove = useMutation({
    mutationFn: () => sweetspotAdmin.bakeries.delete(bakery.id),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["sweetspot", "bakeries"] })
      toast.success(`${bakery.name} was deleted`)
      navigate("/bakeries")
    },
    onError: (error) => toast.error((error as Error).message),
  })
  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: `Delete ${bakery.name}?`,
      description: "Its cakes stay as products. Orders keep their history.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      remove.mutate()
    }
  }

  return (
    <div className="flex items-center justify-between px-6 py-4">
      <div className="flex items-center gap-x-2">
        <Heading level="h1">{bakery.name}</Heading>
        <Badge size="2xsmall" color={bakery.is_active ? "green" : "grey"} data-bakery-status>
          {bakery.is_active ? "Active" : "Inactive"}
        </Badge>
      </div>
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" asChild>
          <Link to={`/bakeries/${bakery.id}/bake-sheet`}>Bake sheet</Link>
        </Button>
        <EditBakeryDrawer bakery={bakery} />
        <Button
          size="small"
          variant="secondary"
          isLoading={setActive.isPending}
          onClick={() => setActive.mutate(!bakery.is_active)}
          data-bakery-active-toggle
        >
          {bakery.is_active ? "Deactivate" : "Activate"}
        </Button>
        <Button size="small" variant="danger" isLoading={remove.isPending} onClick={confirmDelete}>
          Delete
        </Button>
      </div>
    </div>
  )
}

/** One bakery: its details and hours, its closures, its drivers (and a link to its deliveries), its cakes, its stats. */
const BakeryPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data, isLoading, error } = useQuery({
    queryKey: ["sweetspot", "bakery", id],
    queryFn: () => sweetspotAdmin.bakeries.retrieve(id!),
    enabled: Boolean(id),
  })
  const bakery = data?.bakery

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <QueryState isLoading={isLoading} error={error}>
          {bakery && (
            <>
              <BakeryHeader bakery={bakery} />
              <Row label="Handle" value={bakery.handle} />
              <Row label="Address" value={[bakery.address_1, bakery.address_2, bakery.postal_code, bakery.city].filter(Boolean).join(", ")} />
              <Row label="Contact" value={[bakery.email, bakery.phone].filter(Boolean).join(" · ")} />
              <Row label="Time zone" value={bakery.timezone} />
              <Row label="Lead time" value={`${bakery.lead_time_minutes} minutes`} />
              <Row label="Daily capacity" value={bakery.daily_capacity ?? "Unlimited"} />
              <Row label="Window capacity" value={bakery.window_capacity ?? "Unlimited"} />
              <Row label="Order cut-off" value={bakery.order_cutoff ? `${bakery.order_cutoff} for next-day orders` : "None"} />
              <Row label="Collection" value={bakery.pickup_enabled ? "Offered" : "Off"} />
              <Row label="Delivery fees" value={bakery.delivery_fees.length ? feesText(bakery.delivery_fees) : "None (no delivery)"} />
              <Row label="Delivery radius" value={bakery.delivery_radius_km === null ? "No limit" : `${bakery.delivery_radius_km} km`} />
              <Row
                label="Opening hours"
                value={
                  bakery.opening_hours.length
                    ? bakery.opening_hours.map((h) => `${WEEKDAYS[h.weekday - 1].slice(0, 3)} ${h.opens}-${h.closes}`).join(", ")
                    : "Closed every day"
                }
              />
            </>
          )}
        </QueryState>
      </Container>
      {bakery && <BakeryClosures bakery={bakery} />}
      {bakery && <BakeryDrivers bakery={bakery} />}
      {bakery && <BakeryCakes bakery={bakery} />}
      {bakery && <BakeryStats bakeryId={bakery.id} />}
    </div>
  )
}

export default BakeryPage
