import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** The link table that named each order's estimate before the estimate named its order. */
const OLD_LINK_TABLE = "order_order_delivery_delivery_estimate"

/**
 * An estimate names its order (`order_id`, unique among live estimates) instead of
 * an order-estimate link row, which the ETA refresh had to write for every new
 * estimate; `order.delivery_estimate` is now a read-only link through it. Existing
 * estimates take their order from the old link; one with no order, or an older
 * second one of the same order, goes. The old link table and its row in
 * `link_module_migrations` go too, here, so that `medusa db:migrate` has no
 * removed link to ask about.
 */
export class Migration20261202045405 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_estimate" drop constraint if exists "delivery_estimate_order_id_unique";`);
    this.addSql(`alter table if exists "delivery_estimate" add column if not exists "order_id" text null;`);
    this.addSql(`do $$ begin
      if to_regclass('public.${OLD_LINK_TABLE}') is not null then
        update "delivery_estimate" as e set "order_id" = l."order_id"
          from "${OLD_LINK_TABLE}" as l
          where l."delivery_estimate_id" = e."id" and l."deleted_at" is null and e."order_id" is null;
      end if;
    end $$;`);
    this.addSql(`delete from "delivery_estimate" where "order_id" is null;`);
    this.addSql(`delete from "delivery_estimate" as e using "delivery_estimate" as newer
      where e."order_id" = newer."order_id" and e."deleted_at" is null and newer."deleted_at" is null
        and (newer."computed_at", newer."id") > (e."computed_at", e."id");`);
    this.addSql(`alter table if exists "delivery_estimate" alter column "order_id" set not null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_estimate_order_id_unique" ON "delivery_estimate" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "out_for_delivery" drop column if exists "delivery_estimate_id";`);

    this.addSql(`drop table if exists "${OLD_LINK_TABLE}";`);
    this.addSql(`do $$ begin
      if to_regclass('public.link_module_migrations') is not null then
        delete from "link_module_migrations" where "table_name" = '${OLD_LINK_TABLE}';
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    // The old link table is not made again: defining the link again and `medusa db:migrate` would make it, empty.
    this.addSql(`drop index if exists "IDX_delivery_estimate_order_id_unique";`);
    this.addSql(`alter table if exists "out_for_delivery" add column if not exists "delivery_estimate_id" text null;`);
    this.addSql(`update "out_for_delivery" as o set "delivery_estimate_id" = e."id"
      from "delivery_estimate" as e where e."order_id" = o."order_id" and e."deleted_at" is null;`);
    this.addSql(`alter table if exists "delivery_estimate" drop column if exists "order_id";`);
  }

}
