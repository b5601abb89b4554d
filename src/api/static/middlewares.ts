import { authenticate, MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { apiRoute } from "../utils/api-route"
import { PRIVATE_FILE_CONTENT_TYPES, PrivateFileBytes } from "./validators"

/** The keys the local file provider gives private files (`private-<time>-<name>`): one path segment, nothing to climb out with. */
export const PRIVATE_FILE_KEY = /^private-[\w.-]+$/

const logIn = authenticate("user", ["session", "bearer"])

/**
 * Only a private file's key reaches the login (Medusa's static folder answered
 * every public file already): any other name under /static is the 404 it was.
 */
function privateFilesOnly(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const key = req.params.key ?? ""
  if (!PRIVATE_FILE_KEY.test(key) || key.includes("..")) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, `File ${key} was not found`))
  }
  return logIn(req, res, next)
}

const privateFile = apiRoute({
  method: "GET",
  matcher: "/static/:key",
  auth: "admin",
  summary: "A private file, for a platform admin",
  description:
    "Where Medusa's order export points the dashboard's notification (the local file provider's link for a private file): " +
    "the file for a logged-in platform admin (the dashboard's session), a 404 for anyone else who is logged in, bakery staff included. " +
    "Never cached by shared caches.",
  tags: ["Admin Files"],
  params: { key: "The file's key, `private-...`." },
  response: PrivateFileBytes,
  responseContentTypes: PRIVATE_FILE_CONTENT_TYPES,
})

export const privateFilesMiddlewares: MiddlewareRoute[] = [{ ...privateFile, middlewares: [privateFilesOnly, ...(privateFile.middlewares ?? [])] }]
