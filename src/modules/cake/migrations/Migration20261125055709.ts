import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125055709 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cake_profile" ("id" text not null, "flavour" text not null, "egg_options" jsonb not null default '["egg"]', "shapes" jsonb not null default '[]', "toppings" jsonb not null default '[]', "max_message_length" integer not null default 40, "is_available" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cake_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cake_profile_deleted_at" ON "cake_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cake_profile_flavour" ON "cake_profile" ("flavour") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cake_profile_is_available" ON "cake_profile" ("is_available") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cake_profile" cascade;`);
  }

}
