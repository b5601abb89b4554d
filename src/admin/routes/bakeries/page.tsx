import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { BakeryFormDrawer } from "../../components/bakery-form-drawer"
import { QueryState } from "../../components/query-state"
import { bodyOf, formValuesOf } from "../../lib/bakery-form-values"
import { sweetspotAdmin } from "../../lib/sdk"

const PAGE_SIZE = 20

/** Waits until typing pauses before searching. */
function useDebounced<T>(value: T, ms = 300) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

const CreateBakeryDrawer = () => {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return (
    <BakeryFormDrawer
      trigger="Create"
      title="Create bakery"
      submitLabel="Create bakery"
      initial={formValuesOf()}
      save={(values) => sweetspotAdmin.bakeries.create(bodyOf(values, "create"))}
      onSaved={({ bakery }) => {
        queryClient.invalidateQueries({ queryKey: ["sweetspot", "bakeries"] })
        toast.success(`${bakery.name} was created`)
        navigate(`/bakeries/${bakery.id}`)
      }}
    />
  )
}

/** Staff's list of bakeries: search, open one, create one. */
const BakeriesPage = () => {
  const [search, setSearch] = useState("")
  const [offset, setOffset] = useState(0)
  const q = useDebounced(search.trim())
  const navigate = useNavigate()
  useEffect(() => setOffset(0), [q])

  const { data, isLoading, error } = useQuery({
    queryKey: ["sweetspot", "bakeries", { q, offset }],
    queryFn: () => sweetspotAdmin.bakeries.list({ ...(q ? { q } : {}), limit: PAGE_SIZE, offset }),
    placeholderData: keepPreviousData,
  })
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Bakeries</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The kitchens that bake and deliver SweetSpot cakes.
          </Text>
        </div>
        <CreateBakeryDrawer />
      </div>
      <div className="px-6 py-4">
        <Input
          type="search"
          size="small"
          placeholder="Search by name, description or city"
          aria-label="Search bakeries"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="max-w-sm"
        />
      </div>
      <QueryState
        isLoading={isLoading}
        error={error}
        isEmpty={count === 0}
        empty={<Text size="small">{q ? `No bakery matches "${q}".` : "No bakeries yet. Create the first one."}</Text>}
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>City</Table.HeaderCell>
              <Table.HeaderCell>Lead time</Table.HeaderCell>
              <Table.HeaderCell>Daily capacity</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.bakeries.map((bakery) => (
              <Table.Row
                key={bakery.id}
                className="cursor-pointer"
                data-bakery-handle={bakery.handle}
                onClick={() => navigate(`/bakeries/${bakery.id}`)}
              >
                <Table.Cell>{bakery.name}</Table.Cell>
                <Table.Cell>{bakery.city ?? "-"}</Table.Cell>
                <Table.Cell>{Math.round(bakery.lead_time_minutes / 60)} h</Table.Cell>
                <Table.Cell>{bakery.daily_capacity ?? "Unlimited"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={bakery.is_active ? "green" : "grey"}>
                    {bakery.is_active ? "Active" : "Inactive"}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <Table.Pagination
          count={count}
          pageSize={PAGE_SIZE}
          pageIndex={Math.floor(offset / PAGE_SIZE)}
          pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
          canPreviousPage={offset > 0}
          canNextPage={offset + PAGE_SIZE < count}
          previousPage={() => setOffset((o) => Math.max(0, o - PAGE_SIZE))}
          nextPage={() => setOffset((o) => o + PAGE_SIZE)}
        />
      </QueryState>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Bakeries",
  icon: BuildingStorefront,
})

export default BakeriesPage
