import { Module } from "@medusajs/framework/utils"
import CakeModuleService from "./service"

export const CAKE_MODULE = "cake"

export default Module(CAKE_MODULE, {
  service: CakeModuleService,
})
