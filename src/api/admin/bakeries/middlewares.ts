import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminBakeriesQueryConfig, retrieveAdminBakeryQueryConfig } from "./query-config"
import {
  AdminCreateBakery,
  AdminGetBakeriesParams,
  AdminGetBakeryParams,
  AdminGetBakeryStatsParams,
  AdminUpdateBakery,
  AdminUpdateBakeryCakes,
} from "./validators"

export const adminBakeriesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/bakeries",
    middlewares: [validateAndTransformQuery(AdminGetBakeriesParams, listAdminBakeriesQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/bakeries",
    middlewares: [
      validateAndTransformBody(AdminCreateBakery),
      validateAndTransformQuery(AdminGetBakeryParams, retrieveAdminBakeryQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/bakeries/:id",
    middlewares: [validateAndTransformQuery(AdminGetBakeryParams, retrieveAdminBakeryQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/bakeries/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateBakery),
      validateAndTransformQuery(AdminGetBakeryParams, retrieveAdminBakeryQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/bakeries/:id/cakes",
    middlewares: [
      validateAndTransformBody(AdminUpdateBakeryCakes),
      validateAndTransformQuery(AdminGetBakeryParams, retrieveAdminBakeryQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/bakeries/:id/stats",
    middlewares: [validateAndTransformQuery(AdminGetBakeryStatsParams, { isList: false, defaults: [] })],
  },
]
