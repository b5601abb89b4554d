import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201182009 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cake_profile" add column if not exists "deposit" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cake_profile" drop column if exists "deposit";`);
  }

}
