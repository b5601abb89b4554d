import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Where `value` holds a NUL character (in a string or a key), as `body.customization.message`,
 * or null. Walks with its own stack: a deeply nested body cannot overflow the call stack.
 */
export function findNulCharacter(value: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[value, root]]
  while (stack.length) {
    const [node, path] = stack.pop()!
    if (typeof node === "string") {
      if (node.includes("\u0000")) {
        return path
      }
    } else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const childPath = Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`
        if (key.includes("\u0000")) {
          return childPath
        }
        stack.push([child, childPath])
      }
    }
  }
  return null
}

/**
 * Refuses, as a 400, what would otherwise fail deeper as a 500: a NUL character in
 * the path, query or body (PostgreSQL text cannot hold one), and a query key nested
 * more than two levels deep (`a.b.c`, which Medusa's query validation throws on as
 * an invalid argument).
 */
export function refuseMalformedInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Mounted above the routes, this middleware sees no path parameters: the raw path is read instead.
  const rawPath = (req.originalUrl || req.url).split("?")[0]
  const nul =
    (/%00|\u0000/i.test(rawPath) ? "path" : null) ?? findNulCharacter(req.query, "query") ?? findNulCharacter(req.body, "body")
  if (nul) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${nul} holds a NUL character (\\u0000): remove it and send the request again`))
  }
  const deep = Object.keys(req.query ?? {}).find((key) => key.split(".").length > 2)
  if (deep) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Query parameter ${deep} is nested more than two levels deep`))
  }
  next()
}

/** On every API path, Medusa's own routes included (no `method`: every method, every route below). */
export const malformedInputMiddlewares: MiddlewareRoute[] = ["/store", "/admin", "/auth", "/drivers"].map((matcher) => ({
  matcher,
  middlewares: [refuseMalformedInput],
}))
