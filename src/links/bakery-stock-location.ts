import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import BakeryModule from "../modules/bakery"

/**
 * The bakery's own stock location: where its pickup and delivery fulfillment
 * sets, and so its "Collect from" and "Delivery by" shipping options, live.
 * One each way; the bakery workflows create, rename and remove it.
 */
export default defineLink(BakeryModule.linkable.bakery, StockLocationModule.linkable.stockLocation)
