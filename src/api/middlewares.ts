import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBakeriesMiddlewares } from "./admin/bakeries/middlewares"
import { adminCakeProfileMiddlewares } from "./admin/products/[id]/cake-profile/middlewares"
import { cakeFieldsOnMedusaRoutesMiddlewares } from "./cake-fields-on-medusa-routes"
import { sweetspotErrorHandler } from "./errors/error-handler"
import { rateLimitMiddlewares } from "./rate-limit/middlewares"
import { cartQuantitiesMiddlewares } from "./security/cart-quantities"
import { malformedInputMiddlewares } from "./security/malformed-input"
import { securityHeadersMiddlewares } from "./security/middlewares"
import { storeOwnershipMiddlewares } from "./security/store-ownership"
import { storeBakeriesMiddlewares } from "./store/bakeries/middlewares"
import { storeCakeCartMiddlewares } from "./store/carts/middlewares"
import { storeCakesMiddlewares } from "./store/cakes/middlewares"
import { storeOrderDeliveryMiddlewares } from "./store/orders/[id]/delivery/middlewares"
import { storeCakeCustomizationsMiddlewares } from "./store/customers/me/cake-customizations/middlewares"

export default defineMiddlewares({
  errorHandler: sweetspotErrorHandler,
  // Order matters among the guards on the same path: headers, limits, then malformed input before
  // anything reads the request, then ownership, which looks records up by the ids the request names.
  routes: [
    ...securityHeadersMiddlewares,
    ...rateLimitMiddlewares,
    ...malformedInputMiddlewares,
    ...storeOwnershipMiddlewares,
    ...cartQuantitiesMiddlewares,
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
