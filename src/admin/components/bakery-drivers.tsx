import { Badge, Button, Container, Drawer, Heading, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import type { AdminBakery } from "../../types/bakery/http"
import type { AdminDriver, AdminDriverResponse, AdminDriversResponse } from "../../types/driver/http"
import { driverFormErrors } from "../lib/driver-form-errors"
import { FormErrors, noFormErrors } from "../lib/field-errors"
import { sweetspotAdmin } from "../lib/sdk"
import { FormError } from "./form-error"
import { FormField } from "./form-field"
import { QueryState } from "./query-state"

const driversKey = (bakeryId: string) => ["sweetspot", "bakery-drivers", bakeryId]

/** The answer's driver in place of the listed one, so the table shows it at once. */
const replaced = (list: AdminDriversResponse | undefined, driver: AdminDriver): AdminDriversResponse | undefined =>
  list && { drivers: list.drivers.map((d) => (d.id === driver.id ? driver : d)) }

/** Name and phone of a driver, in a side drawer; the API's messages under the fields. */
const EditDriverDrawer = ({ driver, onSaved }: { driver: AdminDriver; onSaved: (answer: AdminDriverResponse) => void }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState({ name: driver.name, phone: driver.phone ?? "" })
  const [errors, setErrors] = useState<FormErrors>(noFormErrors)
  const save = useMutation({
    mutationFn: () => sweetspotAdmin.drivers.update(driver.id, { name: form.name, phone: form.phone.trim() || null }),
    onSuccess: (answer) => {
      setOpen(false)
      onSaved(answer)
    },
    onError: (e) => setErrors(driverFormErrors(e)),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        setErrors(noFormErrors)
        setForm({ name: driver.name, phone: driver.phone ?? "" })
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent">
          Edit
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Edit {driver.name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body>
          <form onSubmit={submit} className="flex flex-col gap-y-4" noValidate data-form="edit-driver">
            <FormField name="edit-driver-name" label="Name" error={errors.fields.name}>
              <Input
                id="edit-driver-name"
                size="small"
                value={form.name}
                aria-invalid={Boolean(errors.fields.name)}
                onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
              />
            </FormField>
            <FormField name="edit-driver-phone" label="Phone" hint="Empty: none" error={errors.fields.phone}>
              <Input
                id="edit-driver-phone"
                size="small"
                value={form.phone}
                aria-invalid={Boolean(errors.fields.phone)}
                onChange={(e) => setForm((f) => ({ ...f, phone: e.target.value }))}
              />
            </FormField>
            <Text size="small" className="text-ui-fg-subtle">
              The email ({driver.email}) is the driver's login: to change it, remove the driver and add them again.
            </Text>
            <FormError message={errors.form} />
            <div className="flex justify-end gap-x-2">
              <Button type="button" size="small" variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" size="small" isLoading={save.isPending}>
                Save
              </Button>
            </div>
          </form>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

/**
 * The bakery's drivers: who may register in the driver app (the email staff give
 * here, and no other), whether they have, and whether they may still work.
 * Add, edit, deactivate or reactivate, remove (a driver carrying an order cannot be
 * removed: the API's 409 says so).
 */
export const BakeryDrivers = ({ bakery }: { bakery: AdminBakery }) => {
  const queryClient = useQueryClient()
  const key = driversKey(bakery.id)
  const prompt = usePrompt()
  const { data, isLoading, error } = useQuery({ queryKey: key, queryFn: () => sweetspotAdmin.drivers.list(bakery.id) })
  const [form, setForm] = useState({ name: "", email: "", phone: "" })
  const [errors, setErrors] = useState<FormErrors>(noFormErrors)
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }))
  const show = (driver: AdminDriver) => queryClient.setQueryData<AdminDriversResponse>(key, (list) => replaced(list, driver))

  const create = useMutation({
    mutationFn: () =>
      sweetspotAdmin.drivers.create(bakery.id, {
        name: form.name,
        email: form.email.trim(),
        ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
      }),
    onSuccess: ({ driver }) => {
      setForm({ name: "", email: "", phone: "" })
      setErrors(noFormErrors)
      queryClient.invalidateQueries({ queryKey: key })
      toast.success(`${driver.name} was added: they can now register with ${driver.email}`)
    },
    onError: (e) => setErrors(driverFormErrors(e)),
  })

  const setActive = useMutation({
    mutationFn: ({ driver, is_active }: { driver: AdminDriver; is_active: boolean }) => sweetspotAdmin.drivers.update(driver.id, { is_active }),
    onSuccess: ({ driver }) => {
      show(driver)
      toast.success(driver.is_active ? `${driver.name} was reactivated` : `${driver.name} was deactivated: their login stops working at once`)
    },
    onError: (e) => toast.error((e as Error).message),
  })

  const remove = useMutation({
    mutationFn: (driver: AdminDriver) => sweetspotAdmin.drivers.delete(driver.id),
    onSuccess: (_answer, driver) => {
      queryClient.invalidateQueries({ queryKey: key })
      toast.success(`${driver.name} was removed`)
    },
    onError: (e) => toast.error((e as Error).message),
  })

  const confirmRemove = async (driver: AdminDriver) => {
    const confirmed = await prompt({
      title: `Remove ${driver.name}?`,
      description: "Their login is deleted and deliveries they claimed but have not picked up go back to ready. A driver carrying an order cannot be removed: deactivate them instead.",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (confirmed) {
      remove.mutate(driver)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate()
  }

  const drivers = data?.drivers ?? []

  return (
    <Container className="divide-y p-0" data-section="bakery-drivers">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">Drivers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Only the emails added here can register in the driver app. A deactivated driver's login stops working at once.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to={`/bakeries/${bakery.id}/deliveries`}>Deliveries</Link>
        </Button>
      </div>
      <QueryState
        isLoading={isLoading}
        error={error}
        isEmpty={data !== undefined && drivers.length === 0}
        empty={
          <Text size="small" className="text-ui-fg-subtle">
            No drivers yet. Add one below.
          </Text>
        }
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Phone</Table.HeaderCell>
              <Table.HeaderCell>Login</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {drivers.map((driver) => (
              <Table.Row key={driver.id} data-driver-id={driver.id} data-driver-email={driver.email}>
                <Table.Cell>{driver.name}</Table.Cell>
                <Table.Cell>{driver.email}</Table.Cell>
                <Table.Cell>{driver.phone || "-"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={driver.registered ? "blue" : "grey"} data-driver-login={driver.registered ? "registered" : "invited"}>
                    {driver.registered ? "Registered" : "Invited"}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={driver.is_active ? "green" : "grey"} data-driver-status={driver.is_active ? "active" : "inactive"}>
                    {driver.is_active ? "Active" : "Inactive"}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-x-1">
                    <EditDriverDrawer
                      driver={driver}
                      onSaved={({ driver: saved }) => {
                        show(saved)
                        toast.success(`${saved.name} was saved`)
                      }}
                    />
                    <Button
                      size="small"
                      variant="transparent"
                      disabled={setActive.isPending}
                      onClick={() => setActive.mutate({ driver, is_active: !driver.is_active })}
                    >
                      {driver.is_active ? "Deactivate" : "Reactivate"}
                    </Button>
                    <Button size="small" variant="transparent" disabled={remove.isPending} onClick={() => confirmRemove(driver)}>
                      Remove
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </QueryState>
      <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" noValidate data-form="bakery-driver">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <FormField name="driver-name" label="Name" error={errors.fields.name}>
            <Input id="driver-name" size="small" value={form.name} aria-invalid={Boolean(errors.fields.name)} onChange={(e) => set("name")(e.target.value)} />
          </FormField>
          <FormField name="driver-email" label="Email" hint="The driver registers with this email" error={errors.fields.email}>
            <Input
              id="driver-email"
              size="small"
              type="email"
              value={form.email}
              aria-invalid={Boolean(errors.fields.email)}
              onChange={(e) => set("email")(e.target.value)}
            />
          </FormField>
          <FormField name="driver-phone" label="Phone" hint="Optional" error={errors.fields.phone}>
            <Input id="driver-phone" size="small" value={form.phone} aria-invalid={Boolean(errors.fields.phone)} onChange={(e) => set("phone")(e.target.value)} />
          </FormField>
        </div>
        <FormError message={errors.form} />
        <div className="flex justify-end">
          <Button type="submit" size="small" variant="secondary" isLoading={create.isPending}>
            Add driver
          </Button>
        </div>
      </form>
    </Container>
  )
}
