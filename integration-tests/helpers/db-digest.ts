import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The tables a refused SweetSpot request could touch: its own modules (bakery,
 * cake, delivery), their links, and Medusa's carts, orders, products and customers.
 */
export const DOMAIN_TABLES = /bakery|cake|delivery|^cart|^order|^product|^customer/

/** Live rows and a digest of their content, per table. */
export type DbDigest = Record<string, { rows: number; digest: string }>

const tableNames = new WeakMap<object, string[]>()

async function domainTables(knex: any, pattern: RegExp) {
  const cached = tableNames.get(knex)
  if (cached) {
    return cached
  }
  const { rows } = await knex.raw(
    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name"
  )
  const names = rows.map((r: { table_name: string }) => r.table_name).filter((name: string) => pattern.test(name))
  tableNames.set(knex, names)
  return names
}

/**
 * Counts the live rows (no `deleted_at`) of every domain table and digests their
 * content, `updated_at` aside, in one query with bound identifiers: two digests
 * are equal when no live row was added, removed or changed.
 */
export async function digestDomainTables(container: MedusaContainer, pattern: RegExp = DOMAIN_TABLES): Promise<DbDigest> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const names = await domainTables(knex, pattern)
  const perTable =
    "select ?::text as name, count(*)::int as rows, " +
    "md5(coalesce(string_agg((to_jsonb(r) - 'updated_at')::text, ',' order by (to_jsonb(r) - 'updated_at')::text), '')) as digest " +
    "from ?? r where (to_jsonb(r) ->> 'deleted_at') is null"
  const { rows } = await knex.raw(names.map(() => perTable).join(" union all "), names.flatMap((name: string) => [name, name]))
  return Object.fromEntries(rows.map((r: { name: string; rows: number; digest: string }) => [r.name, { rows: r.rows, digest: r.digest }]))
}

/** The tables whose live rows differ between two digests, e.g. `cart_line_item: 1 -> 2 rows`. */
export function changedTables(before: DbDigest, after: DbDigest): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name]?.digest !== after[name]?.digest || before[name]?.rows !== after[name]?.rows)
    .map((name) =>
      before[name]?.rows === after[name]?.rows
        ? `${name}: rows changed`
        : `${name}: ${before[name]?.rows ?? 0} -> ${after[name]?.rows ?? 0} rows`
    )
}
