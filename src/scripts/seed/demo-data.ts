/**
 * The demo shop that `npm run dev` seeds: one UK region, one storefront and two
 * bakeries' worth of cakes; each bakery gets its own stock location with a
 * "Collect from" and a "Delivery by" option (priced by its delivery_fees). Plain data, so tests and the
 * seed read the same facts.
 */

import { CreateBakeryDTO } from "../../types/bakery/bakery"
import { EggOption } from "../../types/cake/cake-options"
import { CakeProfileFields } from "../../types/cake/cake-profile"

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

/**
 * What the first seeds made before each bakery had its own location and
 * options; a seed that finds them takes them out of the shop (see seedShipping).
 */
export const RETIRED_STOCK_LOCATION_NAME = "SweetSpot Kitchens"
export const RETIRED_SHIPPING_OPTION_NAME = "Cake delivery"

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7]

export const DEMO_BAKERIES: CreateBakeryDTO[] = [
  {
    name: "Crumb & Co",
    handle: "crumb-and-co",
    description: "Celebration cakes from a Shoreditch kitchen.",
    email: "hello@crumbandco.example",
    phone: "+44 20 7946 0001",
    address_1: "12 Redchurch Street",
    city: "London",
    postal_code: "E2 7DJ",
    country_code: "gb",
    latitude: 51.5237,
    longitude: -0.0754,
    timezone: "Europe/London",
    opening_hours: WEEKDAYS.map((weekday) =>
      weekday === 7 ? { weekday, opens: "10:00", closes: "16:00" } : { weekday, opens: "09:00", closes: "19:00" }
    ),
    lead_time_minutes: 240,
    daily_capacity: 40,
    delivery_radius_km: 12,
    delivery_fees: [{ currency_code: "gbp", base: 4, per_km: 0.8, free_over: 80 }],
    is_active: true,
  },
  {
    name: "Northern Whisk",
    handle: "northern-whisk",
    description: "Family bakery in Manchester's Northern Quarter; cakes baked the day before.",
    email: "orders@northernwhisk.example",
    phone: "+44 161 496 0002",
    address_1: "48 Oldham Street",
    city: "Manchester",
    postal_code: "M4 1LE",
    country_code: "gb",
    latitude: 53.4839,
    longitude: -2.2332,
    timezone: "Europe/London",
    // Closed on Mondays.
    opening_hours: WEEKDAYS.filter((weekday) => weekday !== 1).map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
    lead_time_minutes: 24 * 60,
    daily_capacity: 20,
    delivery_radius_km: 15,
    delivery_fees: [{ currency_code: "gbp", base: 3.5, per_km: 0.6, free_over: 60 }],
    is_active: true,
  },
]

export type DemoCake = {
  handle: string
  title: string
  description: string
  bakery: string
  sizes: { size: string; gbp: number; eur: number }[]
  profile: CakeProfileFields
}

const SHAPES = [
  { name: "Round", surcharge: 0 },
  { name: "Square", surcharge: 4 },
  { name: "Heart", surcharge: 8 },
]
const TOPPINGS = [
  { name: "Fresh berries", price: 6 },
  { name: "Chocolate shards", price: 4 },
  { name: "Edible gold leaf", price: 9 },
  { name: "Sprinkles", price: 2 },
]
const profile = (flavour: string, egg_options: EggOption[], extra: Partial<CakeProfileFields> = {}): CakeProfileFields => ({
  flavour,
  egg_options,
  shapes: SHAPES,
  toppings: TOPPINGS,
  max_message_length: 40,
  is_available: true,
  ...extra,
})

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
    // A photo cake: an edible print of the shopper's picture.
    profile: profile("chocolate", ["egg", "eggless"], { photo: { accepted: true, price: 6 } }),
  },
  {
    handle: "red-velvet-celebration",
    title: "Red Velvet Celebration",
    description: "Buttermilk red velvet with cream cheese frosting.",
    bakery: "crumb-and-co",
    sizes: STANDARD_SIZES(30),
    profile: profile("red velvet", ["egg"]),
  },
  {
    handle: "lemon-drizzle",
    title: "Lemon Drizzle",
    description: "Zesty lemon sponge soaked in lemon syrup.",
    bakery: "crumb-and-co",
    sizes: STANDARD_SIZES(24),
    profile: profile("lemon", ["egg", "eggless"], { shapes: [{ name: "Round", surcharge: 0 }] }),
  },
  {
    handle: "victoria-sponge",
    title: "Classic Victoria Sponge",
    description: "Vanilla sponge, strawberry jam and buttercream.",
    bakery: "crumb-and-co",
    sizes: STANDARD_SIZES(22),
    profile: profile("vanilla", ["egg", "eggless"], { max_message_length: 60 }),
  },
  {
    handle: "salted-caramel-drip",
    title: "Salted Caramel Drip",
    description: "Caramel sponge with a salted caramel drip.",
    bakery: "northern-whisk",
    sizes: STANDARD_SIZES(34),
    profile: profile("caramel", ["egg"]),
  },
  {
    handle: "black-forest-gateau",
    title: "Black Forest Gateau",
    description: "Chocolate sponge, cherries and whipped cream.",
    bakery: "northern-whisk",
    sizes: STANDARD_SIZES(33),
    profile: profile("chocolate", ["egg"], { toppings: [{ name: "Extra cherries", price: 5 }, ...TOPPINGS] }),
  },
  {
    handle: "carrot-walnut",
    title: "Carrot & Walnut",
    description: "Spiced carrot cake with walnuts and cream cheese icing.",
    bakery: "northern-whisk",
    sizes: STANDARD_SIZES(26),
    profile: profile("carrot", ["egg", "eggless"]),
  },
]
