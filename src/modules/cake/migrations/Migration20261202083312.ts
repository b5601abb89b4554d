import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** The link tables that tied a customisation to its cake and its cart line before it named them itself. */
const OLD_PRODUCT_LINK = "product_product_cake_cake_customization"
const OLD_LINE_LINK = "cart_line_item_cake_cake_customization"

/**
 * A customisation names its cake (`product_id`) and the cart line that carries it
 * (`line_item_id`, one customisation a live line) instead of two link rows, which
 * every customised add had to write; `cake_customization.cake` and
 * `line_item.cake_customization` are now read-only links through them. Existing
 * customisations take both from the old links (one customisation a line, the
 * newest link, if ever there were two). The old link tables and their rows in
 * `link_module_migrations` go here, so that `medusa db:migrate` has no removed
 * link to ask about.
 */
export class Migration20261202083312 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cake_customization" drop constraint if exists "cake_customization_line_item_id_unique";`);
    this.addSql(`alter table if exists "cake_customization" add column if not exists "product_id" text null, add column if not exists "line_item_id" text null;`);
    this.addSql(`do $$ begin
      if to_regclass('public.${OLD_PRODUCT_LINK}') is not null then
        update "cake_customization" as c set "product_id" = l."product_id"
          from "${OLD_PRODUCT_LINK}" as l
          where l."cake_customization_id" = c."id" and l."deleted_at" is null and c."product_id" is null;
      end if;
      if to_regclass('public.${OLD_LINE_LINK}') is not null then
        update "cake_customization" as c set "line_item_id" = l."line_item_id"
          from (
            select distinct on ("line_item_id") "line_item_id", "cake_customization_id"
            from "${OLD_LINE_LINK}" where "deleted_at" is null
            order by "line_item_id", "created_at" desc
          ) as l
          where l."cake_customization_id" = c."id" and c."line_item_id" is null;
      end if;
    end $$;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cake_customization_line_item_id_unique" ON "cake_customization" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cake_customization_product_id" ON "cake_customization" ("product_id") WHERE deleted_at IS NULL;`);

    for (const table of [OLD_PRODUCT_LINK, OLD_LINE_LINK]) {
      this.addSql(`drop table if exists "${table}";`);
      this.addSql(`do $$ begin
        if to_regclass('public.link_module_migrations') is not null then
          delete from "link_module_migrations" where "table_name" = '${table}';
        end if;
      end $$;`);
    }
  }

  override async down(): Promise<void> {
    // The old link tables are not made again: defining the links again and `medusa db:migrate` would make them, empty.
    this.addSql(`drop index if exists "IDX_cake_customization_line_item_id_unique";`);
    this.addSql(`drop index if exists "IDX_cake_customization_product_id";`);
    this.addSql(`alter table if exists "cake_customization" drop column if exists "product_id", drop column if exists "line_item_id";`);
  }

}
