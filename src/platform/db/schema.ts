// The one drizzle schema: every table of every module, so migrations are generated from one place.
export * from '../../modules/calendar/schema';
export * from '../../modules/eco/schema';
export * from '../../modules/emulation/awards/schema';
export * from '../../modules/emulation/schema';
export * from '../../modules/emulation/scoring/schema';
export * from '../../modules/geo/schema';
export * from '../../modules/investment/schema';
export * from '../../modules/onestop/dossiers/schema';
export * from '../../modules/onestop/schema';
export * from '../../modules/reference/schema';
export * from '../../modules/reporting/schema';
export * from '../../modules/statistics/schema';
export * from '../../modules/zones/schema';
export * from '../audit/schema';
export * from '../auth/schema';
export * from '../reference/schema';
