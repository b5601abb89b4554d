import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125063606 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cake_profile" add column if not exists "lead_time_minutes" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cake_profile" drop column if exists "lead_time_minutes";`);
  }

}
