-- Links between modules are declared here rather than in the modules' drizzle schemas, so the
-- TypeScript modules import only each other's services while the database still keeps integrity.
ALTER TABLE economic_zones ADD CONSTRAINT economic_zones_unit_fk FOREIGN KEY (admin_unit_id) REFERENCES geo_admin_units(id);
--> statement-breakpoint
ALTER TABLE industrial_parks ADD CONSTRAINT industrial_parks_unit_fk FOREIGN KEY (admin_unit_id) REFERENCES geo_admin_units(id);
--> statement-breakpoint
ALTER TABLE industrial_parks ADD CONSTRAINT industrial_parks_developer_fk FOREIGN KEY (developer_enterprise_id) REFERENCES enterprises(id);
--> statement-breakpoint
ALTER TABLE industrial_parks ADD CONSTRAINT industrial_parks_infrastructure_project_fk FOREIGN KEY (infrastructure_project_id) REFERENCES projects(id);
--> statement-breakpoint
ALTER TABLE enterprises ADD CONSTRAINT enterprises_unit_fk FOREIGN KEY (admin_unit_id) REFERENCES geo_admin_units(id);
--> statement-breakpoint
ALTER TABLE projects ADD CONSTRAINT projects_park_fk FOREIGN KEY (park_id) REFERENCES industrial_parks(id);
--> statement-breakpoint
ALTER TABLE projects ADD CONSTRAINT projects_zone_fk FOREIGN KEY (zone_id) REFERENCES economic_zones(id);
--> statement-breakpoint
-- A project in a park names the park; one in a KKT outside its parks names the KKT.
ALTER TABLE projects ADD CONSTRAINT projects_location_fits CHECK (
  (location_kind = 'park' AND park_id IS NOT NULL) OR (location_kind IN ('zone', 'special_zone') AND zone_id IS NOT NULL)
);
--> statement-breakpoint
SELECT require_audit(t) FROM unnest(ARRAY[
  'economic_zones', 'economic_zone_areas', 'industrial_parks', 'park_events', 'park_land_values',
  'wastewater_plants', 'wastewater_plant_records',
  'enterprises', 'investors', 'projects', 'project_investors', 'exchange_rates', 'certificate_events', 'realised_capital'
]::regclass[]) AS t;
