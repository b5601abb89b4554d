import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201145257 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_assignment" drop constraint if exists "delivery_assignment_order_id_unique";`);
    this.addSql(`alter table if exists "driver" drop constraint if exists "driver_email_unique";`);
    this.addSql(`create table if not exists "driver" ("id" text not null, "bakery_id" text not null, "name" text not null, "email" text not null, "phone" text null, "is_active" boolean not null default true, "auth_identity_id" text null, "latitude" real null, "longitude" real null, "accuracy_m" real null, "position_recorded_at" timestamptz null, "etas_refreshed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "driver_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_driver_deleted_at" ON "driver" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_driver_bakery_id" ON "driver" ("bakery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_driver_email_unique" ON "driver" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "delivery_assignment" ("id" text not null, "order_id" text not null, "bakery_id" text not null, "claimed_at" timestamptz not null, "picked_up_at" timestamptz null, "completed_at" timestamptz null, "driver_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_assignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_assignment_driver_id" ON "delivery_assignment" ("driver_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_assignment_deleted_at" ON "delivery_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_assignment_order_id_unique" ON "delivery_assignment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_assignment_driver_id_completed_at" ON "delivery_assignment" ("driver_id", "completed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "delivery_assignment" add constraint "delivery_assignment_driver_id_foreign" foreign key ("driver_id") references "driver" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "delivery_assignment" drop constraint if exists "delivery_assignment_driver_id_foreign";`);

    this.addSql(`drop table if exists "driver" cascade;`);

    this.addSql(`drop table if exists "delivery_assignment" cascade;`);
  }

}
