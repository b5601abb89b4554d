import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBakeriesMiddlewares } from "./admin/bakeries/middlewares"
import { adminCakeProfileMiddlewares } from "./admin/products/[id]/cake-profile/middlewares"
import { sweetspotErrorHandler } from "./errors/error-handler"
import { storeBakeriesMiddlewares } from "./store/bakeries/middlewares"
import { storeCakesMiddlewares } from "./store/cakes/middlewares"

export default defineMiddlewares({
  errorHandler: sweetspotErrorHandler,
  routes: [
    ...storeBakeriesMiddlewares,
    ...storeCakesMiddlewares,
    ...adminBakeriesMiddlewares,
    ...adminCakeProfileMiddlewares,
  ],
})
