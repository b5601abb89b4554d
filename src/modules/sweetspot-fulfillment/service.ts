import {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { deliveryFeeAmount } from "../../workflows/delivery/rules/delivery-fee"
import {
  DELIVERY_PRICING_CONTEXT_KEY,
  DeliveryPricingContext,
  FulfillmentKind,
  SweetSpotMethodData,
} from "../../types/fulfillment/fulfillment"

const KINDS: FulfillmentKind[] = ["pickup", "delivery"]
const kindOf = (optionData: Record<string, unknown> | undefined): FulfillmentKind | null =>
  KINDS.includes(optionData?.id as FulfillmentKind) ? (optionData!.id as FulfillmentKind) : null

/**
 * SweetSpot's fulfillment provider: a bakery's "Collect from" (pickup, free) and
 * "Delivery by" (priced by distance) options. It lives in the Fulfillment
 * Module's container and cannot reach the bakery or delivery modules, so the
 * distance, the bakery's fee row and the cart's item subtotal come in the price
 * context, under `sweetspot_delivery`, from SweetSpot's
 * setCalculatedShippingPricingContext hooks (docs/architecture.md); this
 * provider applies the fee rule to them.
 */
class SweetSpotFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static identifier = "sweetspot"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return KINDS.map((id) => ({ id, name: id === "pickup" ? "Collect from the bakery" : "Delivery by the bakery" }))
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return kindOf(data) !== null
  }

  async canCalculate(data: any): Promise<boolean> {
    return kindOf(data?.data ?? data) === "delivery"
  }

  /**
   * The shipping method's data: `fulfillment` ("pickup" | "delivery") says how
   * the order is fulfilled, `bakery_id` by whom. Other SweetSpot code reads it.
   */
  async validateFulfillmentData(optionData: Record<string, unknown>, data: Record<string, unknown>): Promise<SweetSpotMethodData> {
    const fulfillment = kindOf(optionData)
    if (!fulfillment) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This shipping option is neither a collection nor a delivery option")
    }
    return { ...data, fulfillment, bakery_id: String(optionData.bakery_id ?? "") }
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    if (kindOf(optionData) === "pickup") {
      return { calculated_amount: 0, is_calculated_price_tax_inclusive: false }
    }
    const quote = (context as Record<string, unknown>)[DELIVERY_PRICING_CONTEXT_KEY] as DeliveryPricingContext | undefined
    if (!quote || quote.bakery_id !== optionData.bakery_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This delivery option belongs to another bakery than the cakes in the cart: choose one of the options listed for the cart"
      )
    }
    if (!quote.fee) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${quote.bakery_name} does not deliver in ${quote.currency_code.toUpperCase()}: choose collection, or shop in a currency it delivers in`
      )
    }
    return {
      calculated_amount: deliveryFeeAmount(quote.fee, quote),
      is_calculated_price_tax_inclusive: false,
    }
  }

  async createFulfillment(data: Record<string, unknown>): Promise<CreateFulfillmentResult> {
    // Nothing leaves SweetSpot: the bakery itself hands over or delivers the cakes.
    return { data: { fulfillment: data?.fulfillment, bakery_id: data?.bakery_id }, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

export default SweetSpotFulfillmentProviderService
