import qs from "qs"

/**
 * Invalid (and borderline) inputs generated from a route's zod validators
 * (`src/api/openapi/routes.ts`): each case changes one field of a valid input,
 * so a refusal can only be about that field. Whether zod itself refuses the
 * case is worked out with the same schema, parsed as Medusa parses the request.
 */

/** 100 KB (decimal): passes the JSON body parser's 100 KiB limit, so zod sees it. */
export const HUGE = "x".repeat(100_000)
/** Node refuses request heads over 16 KiB before the app runs: query strings stay under that. */
export const LONG_QUERY = "x".repeat(10_000)
/** Emoji (with a ZWJ family), CJK, Arabic and Hebrew (RTL) and bidi marks. */
export const UNICODE = "🎂 Happy birthday 👩‍👩‍👧 生日快乐 عيد ميلاد سعيد \u200fשלום\u200e"
export const INJECTIONS = ["' OR 1=1 --", "<script>alert(1)</script>", '{"$gt":""}', "../../etc/passwd"]
/** A NUL character, which PostgreSQL text cannot hold. */
export const NUL = "cake\u0000cake"
/** One past PostgreSQL's `integer`. */
export const INT32_OVERFLOW = 2 ** 31

/** Path parameters that name nothing: injections, unicode, a NUL and a very long id. */
export const BAD_IDS = [INJECTIONS[0], INJECTIONS[3], UNICODE, NUL, "x".repeat(2000)]
/** A query operator where a value is expected (NoSQL-style injection). */
export const OPERATOR = { $gt: "" }

type Kind = "string" | "number" | "boolean" | "enum" | "array" | "object" | "record" | "other"
type Zod = any

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"])

/** The schema under optional/nullable/default wrappers and transforms, and whether the key may be left out. */
export function describeField(schema: Zod): { kind: Kind; inner: Zod; required: boolean } {
  const required = schema._zod.optin !== "optional"
  let inner = schema
  for (;;) {
    const def = inner._zod.def
    if (WRAPPERS.has(def.type)) {
      inner = def.innerType
    } else if (def.type === "pipe") {
      inner = def.in._zod.def.type === "transform" ? def.out : def.in
    } else {
      break
    }
  }
  const type = inner._zod.def.type
  const kind: Kind =
    type === "literal" ? "enum" : (["string", "number", "boolean", "enum", "array", "object", "record"] as const).find((k) => k === type) ?? "other"
  return { kind, inner, required }
}

/** The fields of an object schema, under refinements and transforms. */
export function objectShape(schema: Zod): Record<string, Zod> {
  const { kind, inner } = describeField(schema)
  if (kind !== "object") {
    throw new Error(`Expected an object schema, got ${inner._zod.def.type}`)
  }
  return inner._zod.def.shape
}

export type Payload = Record<string, unknown>

/** One request's input: a query, a JSON body, or a raw body. */
export type BadInput = {
  label: string
  query?: Payload
  body?: unknown
  /** Sent as is, with `contentType`. */
  raw?: string
  contentType?: string
  /** True when the route's validator itself refuses it: the answer must be a 4xx. */
  invalid: boolean
  /** The field's schema and the value tried, for `sameCheck`. */
  field?: Zod
  value?: unknown
}

const schemaIds = new WeakMap<object, number>()
let nextSchemaId = 1

/**
 * The same zod instance refuses the same value the same way on every route that
 * uses it (validation runs before any handler), so a caller can send such a
 * refused pair once: answers a key naming the pair, or null for cases that reach
 * the handler (or are not about one field).
 */
export function sameCheck(input: BadInput): string | null {
  if (!input.invalid || !input.field) {
    return null
  }
  // Under `.partial()` and `.optional()` wrappers, the same validator.
  const inner = describeField(input.field).inner
  if (!schemaIds.has(inner)) {
    schemaIds.set(inner, nextSchemaId++)
  }
  return `${input.query ? "query" : "body"}:${schemaIds.get(inner)}:${show(input.value)}`
}

const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)))

function setIn(target: Payload, path: (string | number)[], value: unknown): Payload {
  const copy = clone(target)
  let node: any = copy
  path.slice(0, -1).forEach((step, i) => {
    node[step] ??= typeof path[i + 1] === "number" ? [] : {}
    node = node[step]
  })
  node[path[path.length - 1]] = clone(value)
  return copy
}

function deleteIn(target: Payload, path: (string | number)[]): Payload {
  const copy = clone(target)
  let node: any = copy
  path.slice(0, -1).forEach((step) => (node = node?.[step]))
  if (node) {
    delete node[path[path.length - 1]]
  }
  return copy
}

/** A short, readable form of a value for a failure message. */
export function show(value: unknown): string {
  if (value === undefined) {
    return "undefined"
  }
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text
}

/** Picks some of `values` for the `i`th field of `n`, so the fields of a route share all the values out between them. */
function share<T>(values: T[], i: number, n: number): T[] {
  const k = Math.ceil(values.length / Math.max(n, 1))
  return Array.from({ length: Math.min(k, values.length) }, (_, m) => values[(i * k + m) % values.length])
}

type Leaf = { path: (string | number)[]; field: Zod; kind: Kind; required: boolean; parent: Payload }

/** Every field down to `depth` levels, into nested objects and into the first element of arrays of objects. */
function leaves(schema: Zod, base: Payload, samples: Payload, prefix: (string | number)[] = [], depth = 0): Leaf[] {
  const result: Leaf[] = []
  for (const [name, field] of Object.entries(objectShape(schema))) {
    const path = [...prefix, name]
    const { kind, inner, required } = describeField(field)
    result.push({ path, field, kind, required, parent: base })
    if (depth >= 1) {
      continue
    }
    const key = path.join(".")
    if (kind === "object") {
      const nested = (getIn(base, path) as Payload) ?? (samples[key] as Payload) ?? {}
      result.push(...leaves(inner, setIn(base, path, nested), samples, path, depth + 1))
    }
    const element = inner._zod.def.element
    if (kind === "array" && element && describeField(element).kind === "object" && Array.isArray(samples[key])) {
      const withSample = setIn(base, path, samples[key])
      result.push(...leaves(describeField(element).inner, withSample, samples, [...path, 0], depth + 1))
    }
  }
  return result
}

function getIn(target: unknown, path: (string | number)[]) {
  return path.reduce<any>((node, step) => (node == null ? undefined : node[step]), target)
}

function enumOption(inner: Zod): string {
  const def = inner._zod.def
  return String(def.entries ? Object.values(def.entries)[0] : def.values?.[0] ?? "x")
}

/** Body values per field kind: wrong types, null, and a share of the huge/unicode/injection/number-edge values. */
function bodyValues(leaf: Leaf, i: { string: number; number: number; other: number }, n: { string: number; number: number }): unknown[] {
  const inner = describeField(leaf.field).inner
  switch (leaf.kind) {
    case "string":
      return [123, ["a"], OPERATOR, null, ...share([HUGE, UNICODE, NUL, ...INJECTIONS], i.string++, n.string)]
    case "number":
      return ["12", OPERATOR, [1], null, INT32_OVERFLOW, ...share([-1, "NaN", 1.5, 1e308, INJECTIONS[0]], i.number++, n.number)]
    case "boolean":
      return ["true", 1, OPERATOR, [true], null]
    case "enum":
      return [INJECTIONS[i.other++ % INJECTIONS.length], 1, OPERATOR, [enumOption(inner)], null]
    case "array": {
      const element = inner._zod.def.element
      const strings = element && describeField(element).kind === "string"
      // Arrays of strings also get the content values as elements (ids, topping names).
      return ["a", OPERATOR, [123], [null], null, ...(strings ? share([UNICODE, NUL, ...INJECTIONS].map((v) => [v]), i.string++, n.string) : [])]
    }
    case "object":
      return ["x", [], OPERATOR, null]
    case "record":
      return ["x", [1], OPERATOR]
    default:
      return [null]
  }
}

/** Query values per field kind: everything arrives as text, so the wrong types are objects and repeated keys. */
function queryValues(leaf: Leaf, i: { string: number; number: number; other: number }, n: { string: number; number: number }): unknown[] {
  const inner = describeField(leaf.field).inner
  switch (leaf.kind) {
    case "string":
      return [LONG_QUERY, OPERATOR, ["a", "b"], "", ...share([UNICODE, NUL, ...INJECTIONS], i.string++, n.string)]
    case "number":
      return ["abc", OPERATOR, ["1", "2"], String(INT32_OVERFLOW), ...share(["-1", "NaN", "1.5", "1e308", "Infinity", INJECTIONS[0]], i.number++, n.number)]
    case "enum":
      return [INJECTIONS[i.other++ % INJECTIONS.length], OPERATOR, [enumOption(inner), enumOption(inner)], "1"]
    default:
      return [OPERATOR, ["a", "b"], INJECTIONS[i.other++ % INJECTIONS.length]]
  }
}

/** What Medusa's `validateAndTransformQuery` does to `req.query` before zod: one-element arrays split on commas, `a.b` keys nest. */
function normalizeQuery(query: Payload): Payload {
  return Object.entries(query).reduce<Payload>((acc, [key, value]) => {
    const normalized = Array.isArray(value) && value.length === 1 && typeof value[0] === "string" ? value[0].split(",") : value
    if (key.includes(".")) {
      const [parent, child] = key.split(".")
      acc[parent] = { ...((acc[parent] as Payload) ?? {}), [child]: normalized }
    } else {
      acc[key] = normalized
    }
    return acc
  }, {})
}

/** The query string sent for a query object (nested objects and arrays in brackets, as qs writes them). */
export const queryString = (query: Payload) => qs.stringify(query)

/** Whether zod refuses the query once Express (qs, as in Express 4) and Medusa have parsed it. */
export function queryRefused(schema: Zod, query: Payload) {
  const parsed = qs.parse(queryString(query), { allowPrototypes: true }) as Payload
  return !schema.safeParse(normalizeQuery(parsed)).success
}

const count = (all: Leaf[], kind: Kind) => all.filter((l) => l.kind === kind).length

/** Bad queries for a query validator, each from `base` with one field changed. */
export function badQueries(schema: Zod, base: Payload): BadInput[] {
  const all = leaves(schema, base, {})
  const i = { string: 0, number: 0, other: 0 }
  const n = { string: count(all, "string"), number: count(all, "number") }
  const cases: { label: string; query: Payload; field?: Zod; value?: unknown }[] = []
  for (const leaf of all) {
    const name = `query ${leaf.path.join(".")}`
    if (leaf.required) {
      cases.push({ label: `${name} missing`, query: deleteIn(base, leaf.path) })
    }
    for (const value of queryValues(leaf, i, n)) {
      cases.push({ label: `${name} = ${show(value)}`, query: setIn(base, leaf.path, value), field: leaf.field, value })
    }
  }
  cases.push({ label: "query with an unknown parameter", query: { ...base, unexpected: "1" } })
  cases.push({ label: "query with a __proto__ parameter", query: { ...base, ["__proto__[polluted]"]: "1" } })
  cases.push({ label: "query with a key nested three levels deep", query: { ...base, "fields.a.b": "1" } })
  return cases.map((c) => ({ ...c, invalid: queryRefused(schema, c.query) }))
}

/** Bad bodies for a body validator, each from `base` with one field changed, plus whole-body oddities. */
export function badBodies(schema: Zod, base: Payload, samples: Payload = {}): BadInput[] {
  const all = leaves(schema, base, samples)
  const i = { string: 0, number: 0, other: 0 }
  const n = { string: count(all, "string"), number: count(all, "number") }
  const cases: { label: string; body: unknown; field?: Zod; value?: unknown }[] = []
  for (const leaf of all) {
    const name = `body ${leaf.path.join(".")}`
    if (leaf.required) {
      cases.push({ label: `${name} missing`, body: deleteIn(leaf.parent, leaf.path) })
    }
    for (const value of bodyValues(leaf, i, n)) {
      cases.push({ label: `${name} = ${show(value)}`, body: setIn(leaf.parent, leaf.path, value), field: leaf.field, value })
    }
  }
  cases.push({ label: "body with an unknown field", body: { ...base, unexpected: "1" } })
  cases.push({ label: "body that is an array", body: [base] })
  const json: BadInput[] = cases.map((c) => ({ ...c, invalid: !schema.safeParse(c.body).success }))
  const text = JSON.stringify(base)
  const proto = `{"__proto__":{"polluted":true}${text === "{}" ? "}" : `,${text.slice(1)}`}`
  return [
    ...json,
    { label: "body with a __proto__ field", raw: proto, contentType: "application/json", invalid: !schema.safeParse(JSON.parse(proto)).success },
    { label: "empty body", raw: "", contentType: "application/json", invalid: !schema.safeParse({}).success },
    { label: "body that is not JSON", raw: `${text.slice(0, -1)},`, contentType: "application/json", invalid: true },
    { label: "body that is JSON null", raw: "null", contentType: "application/json", invalid: true },
    { label: "body sent as text/plain", raw: text, contentType: "text/plain", invalid: true },
    { label: "body over the 100 KiB limit", body: { ...base, unexpected: "x".repeat(110_000) }, invalid: true },
  ]
}
