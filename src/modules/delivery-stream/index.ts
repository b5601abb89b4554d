import { Module } from "@medusajs/framework/utils"
import validateDeliveryStreamOptions from "./loaders/validate-options"
import DeliveryStreamModuleService from "./service"

export const DELIVERY_STREAM_MODULE = "delivery_stream"

export default Module(DELIVERY_STREAM_MODULE, {
  service: DeliveryStreamModuleService,
  loaders: [validateDeliveryStreamOptions],
})
