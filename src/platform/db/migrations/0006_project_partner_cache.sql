ALTER TABLE "projects" ADD COLUMN "partner_cache" text;--> statement-breakpoint
CREATE INDEX "projects_partner" ON "projects" USING btree ("partner_cache");