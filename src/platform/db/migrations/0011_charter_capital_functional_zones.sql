ALTER TABLE "special_zones" DROP CONSTRAINT "special_zones_kind";--> statement-breakpoint
ALTER TABLE "certificate_events" ADD COLUMN "charter_capital" numeric(22, 2);--> statement-breakpoint
ALTER TABLE "special_zones" ADD CONSTRAINT "special_zones_kind" CHECK ("special_zones"."kind" in ('non_tariff','free_trade','bonded','functional'));