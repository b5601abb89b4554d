import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201181938 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bakery_member" drop constraint if exists "bakery_member_bakery_id_user_id_unique";`);
    this.addSql(`alter table if exists "bakery_member" drop constraint if exists "bakery_member_bakery_id_email_unique";`);
    this.addSql(`create table if not exists "bakery_member" ("id" text not null, "user_id" text null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "bakery_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bakery_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_member_bakery_id" ON "bakery_member" ("bakery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_member_deleted_at" ON "bakery_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bakery_member_bakery_id_email_unique" ON "bakery_member" ("bakery_id", "email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bakery_member_bakery_id_user_id_unique" ON "bakery_member" ("bakery_id", "user_id") WHERE deleted_at IS NULL AND user_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_member_user_id" ON "bakery_member" ("user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_member_email" ON "bakery_member" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "bakery_member" add constraint "bakery_member_bakery_id_foreign" foreign key ("bakery_id") references "bakery" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bakery_member" cascade;`);

  }

}
