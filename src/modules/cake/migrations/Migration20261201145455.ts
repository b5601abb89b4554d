import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201145455 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cake_customization" add column if not exists "photo" jsonb null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cake_customization_updated_at" ON "cake_customization" ("updated_at") WHERE photo IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cake_profile" add column if not exists "photo" jsonb not null default '{"accepted":false,"price":0}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_cake_customization_updated_at";`);
    this.addSql(`alter table if exists "cake_customization" drop column if exists "photo";`);

    this.addSql(`alter table if exists "cake_profile" drop column if exists "photo";`);
  }

}
