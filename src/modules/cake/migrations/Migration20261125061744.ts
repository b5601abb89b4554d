import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125061744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cake_customization" ("id" text not null, "message" text null, "egg_version" text check ("egg_version" in ('egg', 'eggless')) not null, "toppings" jsonb not null default '[]', "shape" text null, "notes" text null, "price_adjustment" numeric not null default 0, "cart_id" text null, "raw_price_adjustment" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cake_customization_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cake_customization_deleted_at" ON "cake_customization" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cake_customization_cart_id" ON "cake_customization" ("cart_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cake_customization" cascade;`);
  }

}
