import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125055708 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bakery" drop constraint if exists "bakery_handle_unique";`);
    this.addSql(`create table if not exists "bakery" ("id" text not null, "name" text not null, "handle" text not null, "description" text null, "email" text null, "phone" text null, "address_1" text null, "address_2" text null, "city" text null, "province" text null, "postal_code" text null, "country_code" text null, "latitude" real null, "longitude" real null, "timezone" text not null default 'Europe/London', "opening_hours" jsonb not null default '[]', "lead_time_minutes" integer not null default 240, "daily_capacity" integer null, "delivery_radius_km" real null, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bakery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_deleted_at" ON "bakery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bakery_handle_unique" ON "bakery" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_is_active" ON "bakery" ("is_active") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_city" ON "bakery" ("city") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bakery" cascade;`);
  }

}
