import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBakeriesMiddlewares } from "./admin/bakeries/middlewares"
import { adminCakeProfileMiddlewares } from "./admin/products/[id]/cake-profile/middlewares"
import { cakeCustomizationFieldsMiddlewares } from "./cake-customization-fields"
import { sweetspotErrorHandler } from "./errors/error-handler"
import { storeBakeriesMiddlewares } from "./store/bakeries/middlewares"
import { storeCakeCartMiddlewares } from "./store/carts/middlewares"
import { storeCakesMiddlewares } from "./store/cakes/middlewares"
import { storeCakeCustomizationsMiddlewares } from "./store/customers/me/cake-customizations/middlewares"

export default defineMiddlewares({
  errorHandler: sweetspotErrorHandler,
  routes: [
    ...storeBakeriesMiddlewares,
    ...storeCakesMiddlewares,
    ...storeCakeCartMiddlewares,
    ...storeCakeCustomizationsMiddlewares,
    ...cakeCustomizationFieldsMiddlewares,
    ...adminBakeriesMiddlewares,
    ...adminCakeProfileMiddlewares,
  ],
})
