import { Module } from "@medusajs/framework/utils"
import validateDeliveryOptions from "./loaders/validate-options"
import DeliveryModuleService from "./service"

export const DELIVERY_MODULE = "delivery"

export default Module(DELIVERY_MODULE, {
  service: DeliveryModuleService,
  loaders: [validateDeliveryOptions],
})
