import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202005839 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "out_for_delivery" drop constraint if exists "out_for_delivery_order_id_unique";`);
    this.addSql(`create table if not exists "out_for_delivery" ("id" text not null, "order_id" text not null, "bakery_id" text not null, "destination" jsonb null, "slot_ends_at" timestamptz null, "delivery_estimate_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "out_for_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_out_for_delivery_deleted_at" ON "out_for_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_out_for_delivery_order_id_unique" ON "out_for_delivery" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "out_for_delivery" cascade;`);
  }

}
