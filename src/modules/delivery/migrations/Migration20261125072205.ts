import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125072205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "delivery_estimate" ("id" text not null, "bakery_id" text not null, "origin" text not null, "destination" text not null, "distance_meters" integer null, "duration_seconds" integer null, "eta_at" timestamptz not null, "source" text check ("source" in ('google', 'fallback')) not null, "fallback_reason" text null, "computed_at" timestamptz not null, "arriving_soon_notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_estimate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_estimate_deleted_at" ON "delivery_estimate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_estimate_bakery_id" ON "delivery_estimate" ("bakery_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_estimate" cascade;`);
  }

}
