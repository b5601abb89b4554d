import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBakeriesMiddlewares } from "./admin/bakeries/middlewares"
import { adminCakeProfileMiddlewares } from "./admin/products/[id]/cake-profile/middlewares"
import { cakeFieldsOnMedusaRoutesMiddlewares } from "./cake-fields-on-medusa-routes"
import { sweetspotErrorHandler } from "./errors/error-handler"
import { rateLimitMiddlewares } from "./rate-limit/middlewares"
import { malformedInputMiddlewares } from "./security/malformed-input"
import { securityHeadersMiddlewares } from "./security/middlewares"
import { storeBakeriesMiddlewares } from "./store/bakeries/middlewares"
import { storeCakeCartMiddlewares } from "./store/carts/middlewares"
import { storeCakesMiddlewares } from "./store/cakes/middlewares"
import { storeOrderDeliveryMiddlewares } from "./store/orders/[id]/delivery/middlewares"
import { storeCakeCustomizationsMiddlewares } from "./store/customers/me/cake-customizations/middlewares"

export default defineMiddlewares({
  errorHandler: sweetspotErrorHandler,
  routes: [
    ...securityHeadersMiddlewares,
    ...rateLimitMiddlewares,
    ...malformedInputMiddlewares,
    ...storeBakeriesMiddlewares,
    ...storeCakesMiddlewares,
    ...storeCakeCartMiddlewares,
    ...storeCakeCustomizationsMiddlewares,
    ...storeOrderDeliveryMiddlewares,
    ...cakeFieldsOnMedusaRoutesMiddlewares,
    ...adminBakeriesMiddlewares,
    ...adminCakeProfileMiddlewares,
  ],
})
