import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201145304 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_estimate" add column if not exists "origin_kind" text check ("origin_kind" in ('bakery', 'driver')) not null default 'bakery';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "delivery_estimate" drop column if exists "origin_kind";`);
  }

}
