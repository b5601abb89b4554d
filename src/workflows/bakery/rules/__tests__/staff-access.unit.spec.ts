import { staffFieldsProblem, staffRouteRule } from "../staff-access"

describe("what a bakery member may call", () => {
  it("allows their bakery's orders, cakes and customers, with the scope to check", () => {
    expect(staffRouteRule("GET", "/admin/orders", ["staff"])).toEqual({ allowed: true, scope: "list", ownerOnly: false })
    expect(staffRouteRule("POST", "/admin/orders/order_1/fulfillments/ful_1/shipments", ["staff"])).toEqual(
      expect.objectContaining({ allowed: true, scope: "order" })
    )
    expect(staffRouteRule("HEAD", "/admin/products/prod_1", ["staff"])).toEqual(expect.objectContaining({ allowed: true, scope: "product" }))
    expect(staffRouteRule("GET", "/admin/customers/cus_1/", ["staff"])).toEqual(expect.objectContaining({ allowed: true, scope: "customer" }))
    expect(staffRouteRule("GET", "/ADMIN/Orders/order_1", ["staff"])).toEqual(expect.objectContaining({ allowed: true, scope: "order" }))
  })

  it("refuses everything off the list, saying what and whom to ask", () => {
    expect(staffRouteRule("GET", "/admin/regions", ["owner"])).toEqual({ allowed: false, message: "Bakery staff can't see regions here. Ask a platform admin." })
    expect(staffRouteRule("POST", "/admin/api-keys", ["owner"])).toEqual({ allowed: false, message: "Bakery staff can't manage API keys here. Ask a platform admin." })
    expect(staffRouteRule("POST", "/admin/customers/cus_1", ["owner"]).allowed).toBe(false)
    expect(staffRouteRule("GET", "/admin/orders/order_1/something-new", ["owner"]).allowed).toBe(false)
    expect(staffRouteRule("POST", "/admin/bakeries", ["owner"]).allowed).toBe(false)
    expect(staffRouteRule("GET", "/admin/product-variants", ["owner"]).allowed).toBe(false)
    // Medusa's static routes beside an id are not that id's routes.
    expect(staffRouteRule("POST", "/admin/orders/export", ["owner"])).toEqual({ allowed: false, message: "Bakery staff can't manage orders here. Ask a platform admin." })
    expect(staffRouteRule("POST", "/admin/products/batch", ["owner"]).allowed).toBe(false)
  })

  it("keeps a bakery's settings, members, drivers and closures to its owners", () => {
    expect(staffRouteRule("POST", "/admin/bakeries/b_1/closures", ["staff"])).toEqual(expect.objectContaining({ allowed: false, message: expect.stringMatching(/owner/) }))
    expect(staffRouteRule("POST", "/admin/bakeries/b_1/closures", ["staff", "owner"])).toEqual({ allowed: true, scope: "bakery", ownerOnly: true })
    expect(staffRouteRule("GET", "/admin/bakeries/b_1/closures", ["staff"])).toEqual({ allowed: true, scope: "bakery", ownerOnly: false })
    expect(staffRouteRule("DELETE", "/admin/drivers/drv_1", ["owner"])).toEqual({ allowed: true, scope: "driver", ownerOnly: true })
  })

  it("refuses fields that reach other bakeries' records through a customer", () => {
    expect(staffFieldsProblem("id,customer.orders.id")).toEqual("customer.orders.id")
    expect(staffFieldsProblem("+customer.*cake_customizations")).toEqual("+customer.*cake_customizations")
    expect(staffFieldsProblem(["*orders"])).toEqual("*orders")
    expect(staffFieldsProblem("id,*items,customer.email,items.cake_customization.message")).toBeNull()
    expect(staffFieldsProblem(undefined)).toBeNull()
  })

  it("lets fields pass only down through a bakery's own records, never up from a shared one to other bakeries'", () => {
    // Found by an audit: each reached another bakery's orders, shoppers, cakes or members.
    for (const leak of [
      "shipping_options.fulfillments.order.email",
      "products.variants.cart_items.cart.email",
      "products.variants.order_items.unit_price",
      "products.bakery.members.email",
      "products.status",
      "items.variant.product.shipping_profile.shipping_options.fulfillments.order.email",
      "shipping_profile.products_link.product.*",
      "variants.inventory_items.inventory.variants.product_id",
      "items.variant.inventory_items.inventory.variants.product_id",
      "shipping_methods.shipping_option.fulfillments",
      "fulfillments.shipping_option.fulfillments.delivery_address.address_1",
      "customer.groups.customers.email",
      "promotions.campaign.promotions.code",
      "*shipping_profile.products",
    ]) {
      expect(staffFieldsProblem(`id,${leak}`)).toEqual(leak)
    }
    // What Medusa's dashboard asks for on the order, cake and customer pages a member uses.
    const dashboard = [
      "*items,*items.variant,*items.variant.product,*items.variant.options,+items.variant.manage_inventory",
      "+items.variant.inventory_items.required_quantity,*items.variant.inventory_items.inventory",
      "*shipping_address,*billing_address,*sales_channel,*customer,*shipping_methods,*promotions,*credit_lines,+summary",
      "*payment_collections,*payment_collections.payments,*payment_collections.payments.refunds,*payment_collections.payments.refunds.refund_reason",
      "*payment_collections.payment_sessions,*fulfillments,*fulfillments.items,*fulfillments.labels",
      "+fulfillments.shipping_option.service_zone.fulfillment_set.type,+service_zone.fulfillment_set.location.*",
      "*variants,*variants.prices,*variants.options,*options,*options.values,*options.option,*images,*tags,*type,*collection,*categories",
      "*sales_channels,variants.calculated_price.calculated_amount,*variants.inventory_items.inventory.location_levels",
      "+*addresses,*address,+products.id,+images.variants.id",
    ]
    expect(staffFieldsProblem(dashboard.join(","))).toBeNull()
  })
})
