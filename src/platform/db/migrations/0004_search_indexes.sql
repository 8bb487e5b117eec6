-- Trigram indexes serve the contains-search of the registry lists (`like '%…%'` on folded text).
-- pg_trgm is a trusted extension: the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "enterprises_search_trgm" ON "enterprises" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "projects_search_trgm" ON "projects" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "projects_code_order" ON "projects" USING btree ("project_code","id");--> statement-breakpoint
CREATE INDEX "projects_name_order" ON "projects" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "industrial_parks_search_trgm" ON "industrial_parks" USING gin ("name_search" gin_trgm_ops);