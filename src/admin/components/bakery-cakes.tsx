import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { AdminBakery } from "../../types/bakery/http"
import { sdk, sweetspotAdmin } from "../lib/sdk"

/** The cakes a bakery bakes: remove one, or find a product and add it. */
export const BakeryCakes = ({ bakery }: { bakery: AdminBakery }) => {
  const [search, setSearch] = useState("")
  const queryClient = useQueryClient()
  const cakes = bakery.products ?? []
  const term = search.trim()

  const candidates = useQuery({
    queryKey: ["sweetspot", "product-search", term],
    queryFn: () => sdk.admin.product.list({ q: term, limit: 10, fields: "id,title,handle" }),
    enabled: term.length > 0,
  })

  const change = useMutation({
    mutationFn: (body: { add?: string[]; remove?: string[] }) => sweetspotAdmin.bakeries.updateCakes(bakery.id, body),
    onSuccess: ({ bakery: updated }) => {
      queryClient.setQueryData(["sweetspot", "bakery", bakery.id], { bakery: updated })
      toast.success("Cakes updated")
    },
    onError: (error) => toast.error(error instanceof Error ? error.message : "Could not change the cakes"),
  })

  const isMine = new Set(cakes.map((c) => c.id))

  return (
    <Container className="divide-y p-0" data-section="bakery-cakes">
      <div className="px-6 py-4">
        <Heading level="h2">Cakes</Heading>
      </div>
      {cakes.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-state="empty">
          This bakery bakes no cakes yet. Find a product below to add it.
        </Text>
      ) : (
        <Table>
          <Table.Body>
            {cakes.map((cake) => (
              <Table.Row key={cake.id} data-cake-id={cake.id}>
                <Table.Cell>
                  <Link to={`/products/${cake.id}`} className="text-ui-fg-interactive">
                    {cake.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{cake.status}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant="transparent"
                    disabled={change.isPending}
                    onClick={() => change.mutate({ remove: [cake.id] })}
                  >
                    Remove
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Input
          type="search"
          size="small"
          placeholder="Find a product to add"
          aria-label="Find a product to add"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {candidates.error && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {(candidates.error as Error).message}
          </Text>
        )}
        {candidates.data?.products
          .filter((p) => !isMine.has(p.id))
          .map((product) => (
            <div key={product.id} className="flex items-center justify-between" data-candidate-id={product.id}>
              <Text size="small">{product.title}</Text>
              <Button size="small" variant="secondary" disabled={change.isPending} onClick={() => change.mutate({ add: [product.id] })}>
                Add
              </Button>
            </div>
          ))}
        {candidates.data && candidates.data.products.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            No product matches "{term}".
          </Text>
        )}
      </div>
    </Container>
  )
}
