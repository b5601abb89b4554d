import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201111350 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "bakery_closure" ("id" text not null, "from" text not null, "to" text not null, "reason" text null, "bakery_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bakery_closure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_closure_bakery_id" ON "bakery_closure" ("bakery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_closure_deleted_at" ON "bakery_closure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_closure_bakery_id_to" ON "bakery_closure" ("bakery_id", "to") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "bakery_closure" add constraint "bakery_closure_bakery_id_foreign" foreign key ("bakery_id") references "bakery" ("id") on update cascade;`);

    this.addSql(`alter table if exists "bakery" add column if not exists "window_capacity" integer null, add column if not exists "order_cutoff" text null, add column if not exists "pickup_enabled" boolean not null default true, add column if not exists "delivery_fees" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bakery_closure" cascade;`);

    this.addSql(`alter table if exists "bakery" drop column if exists "window_capacity", drop column if exists "order_cutoff", drop column if exists "pickup_enabled", drop column if exists "delivery_fees";`);
  }

}
