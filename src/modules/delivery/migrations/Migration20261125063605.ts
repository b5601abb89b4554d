import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125063605 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "delivery_slot" ("id" text not null, "bakery_id" text not null, "date" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "cake_quantity" integer not null default 0, "booked_at" timestamptz null, "released_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_slot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_slot_deleted_at" ON "delivery_slot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_slot_bakery_id_date" ON "delivery_slot" ("bakery_id", "date") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_slot" cascade;`);
  }

}
