/**
 * The example's whole journey, in order: a shopper signs up, browses, orders a
 * customised cake for delivery and follows it; a second cart shows the conflict a
 * storefront explains; staff set up a bakery and look at the order. Each step is a
 * function of `storefront.ts`. `integration-tests/http/sdk-journey.spec.ts` runs it,
 * compiled in a project that installed the packed `@sweetspot/sdk`, against a test
 * server with the demo shop, and checks what it answers.
 */
import { addCakeOrExplain, backOffice, browse, createShopClient, orderBirthdayCake, signUp } from "./storefront.js"

export type JourneyOptions = {
  baseUrl: string
  publishableKey: string
  shopper: { email: string; password: string }
  staff: { email: string; password: string }
}

export async function runJourney({ baseUrl, publishableKey, shopper, staff }: JourneyOptions) {
  const shop = createShopClient(baseUrl, publishableKey)
  const customer = await signUp(shop, shopper.email, shopper.password)

  const placed = await orderBirthdayCake(shop, shopper.email)
  if (!placed) {
    throw new Error("The shop had no delivery window for the cake in the next month")
  }

  // A cart of one bakery's cake cannot take another bakery's: the helpers throw the 409 to explain.
  const { region_id, cake } = await browse(shop)
  const { bakeries } = await shop.helpers.store.bakeries.list({ city: "Manchester" })
  const { cakes: elsewhere } = await shop.helpers.store.cakes.list({ region_id, bakery_id: bakeries[0].id })
  const { cart } = await shop.sdk.store.cart.create({ region_id })
  await shop.helpers.store.carts.addCake(cart.id, { variant_id: cake.variants[0].id })
  const explanation = await addCakeOrExplain(shop, cart.id, elsewhere[0].variants[0].id)

  const office = await backOffice(baseUrl, staff, placed.order.id)
  return {
    customer: { id: customer.id, email: customer.email },
    order: {
      id: placed.order.id,
      status: placed.status,
      adjustment: placed.adjustment,
      bookedStart: placed.bookedStart,
      myMessages: placed.myMessages,
    },
    explanation: typeof explanation === "string" ? explanation : null,
    office,
  }
}
