import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { isSweetSpotApiError } from "../../sdk/api-error"
import type { AdminCakeProfile } from "../../types/cake/http"
import { CakeProfileForm } from "../components/cake-profile-form"
import { QueryState } from "../components/query-state"
import { CAKE_PROFILE_FORM_FIELDS, CakeProfileFormValues, cakeProfileBodyOf, cakeProfileFormValuesOf } from "../lib/cake-profile-form-values"
import { FormErrors, formErrorsFrom, noFormErrors } from "../lib/field-errors"
import { sdk, sweetspotAdmin } from "../lib/sdk"

const Row = ({ label, children, name }: { label: string; children: React.ReactNode; name: string }) => (
  <div className="grid grid-cols-2 px-6 py-3" data-profile-field={name}>
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="text-ui-fg-base txt-small">{children}</div>
  </div>
)

const money = (amount: number) => amount.toFixed(2)

const ProfileView = ({ profile }: { profile: AdminCakeProfile }) => (
  <>
    <Row name="flavour" label="Flavour">
      {profile.flavour}
    </Row>
    <Row name="egg_options" label="Egg options">
      {profile.egg_options.join(", ")}
    </Row>
    <Row name="shapes" label="Shapes">
      {profile.shapes.length ? profile.shapes.map((s) => `${s.name} (+${money(s.surcharge)})`).join(", ") : "-"}
    </Row>
    <Row name="toppings" label="Toppings">
      {profile.toppings.length ? profile.toppings.map((t) => `${t.name} (+${money(t.price)})`).join(", ") : "-"}
    </Row>
    <Row name="max_message_length" label="Longest message">
      {profile.max_message_length} characters
    </Row>
    <Row name="lead_time_minutes" label="Lead time">
      {profile.lead_time_minutes ? `${profile.lead_time_minutes} minutes` : "The bakery's"}
    </Row>
    <Row name="photo" label="Reference photo">
      {profile.photo?.accepted ? `Taken (+${money(profile.photo.price)})` : "Not taken"}
    </Row>
    <Row name="is_available" label="Availability">
      <Badge size="2xsmall" color={profile.is_available ? "green" : "grey"}>
        {profile.is_available ? "Available" : "Not available"}
      </Badge>
    </Row>
  </>
)

/** The product's cake profile, editable in place, and the bakery that bakes it. */
const ProductCakeProfileWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const [editing, setEditing] = useState(false)
  const [errors, setErrors] = useState<FormErrors>(noFormErrors)
  const queryClient = useQueryClient()
  const profileKey = ["sweetspot", "cake-profile", product.id]

  const profile = useQuery({
    queryKey: profileKey,
    queryFn: async () => {
      try {
        return (await sweetspotAdmin.products.retrieveCakeProfile(product.id)).cake_profile
      } catch (error) {
        if (isSweetSpotApiError(error) && error.status === 404) {
          return null
        }
        throw error
      }
    },
  })
  const bakery = useQuery({
    queryKey: ["sweetspot", "product-bakery", product.id],
    queryFn: () => sdk.admin.product.retrieve(product.id, { fields: "id,bakery.id,bakery.name" }),
  })
  const save = useMutation({
    mutationFn: (values: CakeProfileFormValues) => sweetspotAdmin.products.upsertCakeProfile(product.id, cakeProfileBodyOf(values)),
    onSuccess: ({ cake_profile }) => {
      queryClient.setQueryData(profileKey, cake_profile)
      toast.success("Cake profile saved")
      setEditing(false)
    },
    onError: (error) => setErrors(formErrorsFrom(error, CAKE_PROFILE_FORM_FIELDS)),
  })
  const productBakery = (bakery.data?.product as { bakery?: { id: string; name: string } | null } | undefined)?.bakery

  const startEditing = () => {
    setErrors(noFormErrors)
    setEditing(true)
  }

  return (
    <Container className="divide-y p-0" data-widget="cake-profile">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Cake profile</Heading>
        {!editing && profile.data !== undefined && (
          <Button size="small" variant="secondary" onClick={startEditing}>
            {profile.data ? "Edit" : "Make this a cake"}
          </Button>
        )}
      </div>
      <div className="grid grid-cols-2 px-6 py-3" data-profile-field="bakery">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          Bakery
        </Text>
        <Text size="small">
          {bakery.isLoading ? (
            "Loading…"
          ) : productBakery ? (
            <Link to={`/bakeries/${productBakery.id}`} className="text-ui-fg-interactive">
              {productBakery.name}
            </Link>
          ) : (
            "Not baked by any bakery yet"
          )}
        </Text>
      </div>
      <QueryState
        isLoading={profile.isLoading}
        error={profile.error}
        isEmpty={!editing && profile.data === null}
        empty={
          <Text size="small" className="text-ui-fg-subtle">
            This product has no cake profile, so shoppers cannot customise it.
          </Text>
        }
      >
        {editing ? (
          <CakeProfileForm
            initial={cakeProfileFormValuesOf(profile.data)}
            isSubmitting={save.isPending}
            errors={errors}
            onSubmit={(values) => save.mutate(values)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          profile.data && <ProfileView profile={profile.data} />
        )}
      </QueryState>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductCakeProfileWidget
