/**
 * The demo shop that `npm run dev` seeds: one UK region, one storefront, one
 * delivery option and two bakeries' worth of cakes. Plain data, so tests and the
 * seed read the same facts.
 */

export const DEMO_REGION = {
  name: "United Kingdom",
  currency_code: "gbp",
  countries: ["gb"],
}

export const DEMO_SALES_CHANNEL = {
  name: "SweetSpot Storefront",
  description: "The shopper-facing storefront",
}

export const DEMO_PUBLISHABLE_KEY_TITLE = "SweetSpot Storefront"

export const DEMO_STOCK_LOCATION = {
  name: "SweetSpot Kitchens",
  address: { address_1: "1 Baker Street", city: "London", country_code: "GB", postal_code: "NW1 6XE" },
}

export const DEMO_FULFILLMENT_SET_NAME = "SweetSpot cake delivery"

export const DEMO_SHIPPING_OPTION = {
  name: "Cake delivery",
  type: { label: "Delivery", description: "Delivered by the bakery in your chosen slot.", code: "cake-delivery" },
  price: { currency_code: "gbp", amount: 5 },
}

export type DemoCake = {
  handle: string
  title: string
  description: string
  bakery: string
  sizes: { size: string; gbp: number; eur: number }[]
}

const STANDARD_SIZES = (gbp6: number) => [
  { size: '6" (serves 8)', gbp: gbp6, eur: Math.round(gbp6 * 1.17) },
  { size: '8" (serves 14)', gbp: gbp6 + 12, eur: Math.round((gbp6 + 12) * 1.17) },
  { size: '10" (serves 22)', gbp: gbp6 + 26, eur: Math.round((gbp6 + 26) * 1.17) },
]

export const DEMO_CAKES: DemoCake[] = [
  {
    handle: "chocolate-truffle-cake",
    title: "Chocolate Truffle Cake",
    description: "Three layers of dark chocolate sponge with ganache.",
    bakery: "crumb-and-co",
    sizes: STANDARD_SIZES(32),
  },
  {
    handle: "red-velvet-celebration",
    title: "Red Velvet Celebration",
    description: "Buttermilk red velvet with cream cheese frosting.",
    bakery: "crumb-and-co",
    sizes: STANDARD_SIZES(30),
  },
  {
    handle: "lemon-drizzle",
    title: "Lemon Drizzle",
    description: "Zesty lemon sponge soaked in lemon syrup.",
    bakery: "crumb-and-co",
    sizes: STANDARD_SIZES(24),
  },
  {
    handle: "victoria-sponge",
    title: "Classic Victoria Sponge",
    description: "Vanilla sponge, strawberry jam and buttercream.",
    bakery: "crumb-and-co",
    sizes: STANDARD_SIZES(22),
  },
  {
    handle: "salted-caramel-drip",
    title: "Salted Caramel Drip",
    description: "Caramel sponge with a salted caramel drip.",
    bakery: "northern-whisk",
    sizes: STANDARD_SIZES(34),
  },
  {
    handle: "black-forest-gateau",
    title: "Black Forest Gateau",
    description: "Chocolate sponge, cherries and whipped cream.",
    bakery: "northern-whisk",
    sizes: STANDARD_SIZES(33),
  },
  {
    handle: "carrot-walnut",
    title: "Carrot & Walnut",
    description: "Spiced carrot cake with walnuts and cream cheese icing.",
    bakery: "northern-whisk",
    sizes: STANDARD_SIZES(26),
  },
]
