import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201182005 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`alter table if exists "bakery" add column if not exists "deposit" jsonb null, add column if not exists "balance_due_days" integer null, add column if not exists "cancellation_window_hours" integer null;`);

  }

  override async down(): Promise<void> {

    this.addSql(`alter table if exists "bakery" drop column if exists "deposit", drop column if exists "balance_due_days", drop column if exists "cancellation_window_hours";`);

  }

}
