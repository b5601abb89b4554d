import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBakeriesMiddlewares } from "./admin/bakeries/middlewares"
import { adminBakeryAccessMiddlewares } from "./admin/bakery-access/middlewares"
import { adminDriversMiddlewares } from "./admin/drivers/middlewares"
import { adminOrdersMiddlewares } from "./admin/orders/middlewares"
import { adminCakeProfileMiddlewares } from "./admin/products/[id]/cake-profile/middlewares"
import { adminSalesChannelsMiddlewares } from "./admin/sales-channels/middlewares"
import { driversMiddlewares } from "./drivers/middlewares"
import { sweetspotErrorHandler } from "./errors/error-handler"
import { rateLimitMiddlewares } from "./rate-limit/middlewares"
import { bakeryStaffListMiddlewares, bakeryStaffMiddlewares } from "./security/bakery-staff"
import { cartQuantitiesMiddlewares } from "./security/cart-quantities"
import { malformedInputMiddlewares } from "./security/malformed-input"
import { securityHeadersMiddlewares } from "./security/middlewares"
import { storeOwnershipMiddlewares } from "./security/store-ownership"
import { storeReturnsMiddlewares } from "./security/store-returns"
import { storeBakeriesMiddlewares } from "./store/bakeries/middlewares"
import { storeCakesMiddlewares } from "./store/cakes/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeCakeCustomizationsMiddlewares } from "./store/customers/me/cake-customizations/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storePaymentCollectionsMiddlewares } from "./store/payment-collections/middlewares"
import { privateFilesMiddlewares } from "./static/middlewares"

export default defineMiddlewares({
  errorHandler: sweetspotErrorHandler,
  // Order matters among the guards on the same path: headers, limits, then malformed input before
  // anything reads the request, then the bakery staff guard (who a logged-in user is), then ownership, which looks records up by the ids the request names.
  routes: [
    ...securityHeadersMiddlewares,
    ...rateLimitMiddlewares,
    ...malformedInputMiddlewares,
    ...bakeryStaffMiddlewares,
    ...storeOwnershipMiddlewares,
    ...storeReturnsMiddlewares,
    ...cartQuantitiesMiddlewares,
    ...storeBakeriesMiddlewares,
    ...storeCakesMiddlewares,
    ...storeCartsMiddlewares,
    ...storeCakeCustomizationsMiddlewares,
    ...storeOrdersMiddlewares,
    ...storePaymentCollectionsMiddlewares,
    ...adminBakeriesMiddlewares,
    ...adminBakeryAccessMiddlewares,
    ...adminOrdersMiddlewares,
    ...adminCakeProfileMiddlewares,
    ...adminDriversMiddlewares,
    ...adminSalesChannelsMiddlewares,
    ...driversMiddlewares,
    ...privateFilesMiddlewares,
    // After every list route's own validators (Medusa's are registered first): members' lists are narrowed to their bakeries.
    ...bakeryStaffListMiddlewares,
  ],
})
