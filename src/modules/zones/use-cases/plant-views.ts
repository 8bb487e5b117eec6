/** A park's wastewater plants read from the database, and shown as of a date. */
import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { PlantOut } from '../contract-wastewater';
import { wastewaterPlantRecords, wastewaterPlants } from '../schema';
import { PLANT_STATUSES, type PlantRecord, type PlantStatus, plantAsOf } from '../wastewater';
import { decimalText } from './shared';

export type PlantRow = typeof wastewaterPlants.$inferSelect;
export type RecordRow = typeof wastewaterPlantRecords.$inferSelect;
export type StoredPlant = { plant: PlantRow; records: RecordRow[] };

/** By date; on one day in the order the statuses follow each other. */
export const byDateThenStatus = (a: { date: string; status: string }, b: { date: string; status: string }) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : PLANT_STATUSES.indexOf(a.status as PlantStatus) - PLANT_STATUSES.indexOf(b.status as PlantStatus);

export const toRule = (r: RecordRow): PlantRecord => ({
  date: r.date,
  status: r.status as PlantStatus,
  ...(r.designCapacity !== null ? { designCapacity: decimalText(r.designCapacity)! } : {}),
  ...(r.operatingCapacity !== null ? { operatingCapacity: decimalText(r.operatingCapacity)! } : {}),
  source: r.source,
});

/** The plants of the parks (by park id), each with its records in order. */
export async function loadPlants(db: DbOrTx, parkIds: readonly string[]): Promise<Map<string, StoredPlant[]>> {
  const out = new Map<string, StoredPlant[]>();
  if (parkIds.length === 0) return out;
  const plants = await db
    .select()
    .from(wastewaterPlants)
    .where(inArray(wastewaterPlants.parkId, [...parkIds]))
    .orderBy(asc(wastewaterPlants.createdAt), asc(wastewaterPlants.id));
  if (plants.length === 0) return out;
  const records = await db
    .select()
    .from(wastewaterPlantRecords)
    .where(
      inArray(
        wastewaterPlantRecords.plantId,
        plants.map((p) => p.id),
      ),
    );
  const byPlant = new Map<string, RecordRow[]>();
  for (const r of records) byPlant.set(r.plantId, [...(byPlant.get(r.plantId) ?? []), r]);
  for (const plant of plants) {
    const list = out.get(plant.parkId) ?? [];
    list.push({ plant, records: (byPlant.get(plant.id) ?? []).sort(byDateThenStatus) });
    out.set(plant.parkId, list);
  }
  return out;
}

/** A plant as the park page shows it on `asOf`. */
export function plantOut({ plant, records }: StoredPlant, asOf: string): PlantOut {
  const rules = records.map(toRule);
  const state = plantAsOf({ id: plant.id, parkId: plant.parkId, records: rules }, asOf);
  return {
    id: plant.id,
    name: plant.name,
    investment:
      plant.investmentAmount !== null && plant.investmentCurrency
        ? { value: decimalText(plant.investmentAmount)!, currency: plant.investmentCurrency as 'VND' | 'USD' }
        : null,
    asOf: state
      ? {
          status: state.status,
          since: state.since,
          designCapacity: state.designCapacity,
          operatingCapacity: state.operatingCapacity,
        }
      : null,
    records: rules.map((r) => ({
      date: r.date,
      status: r.status,
      designCapacity: r.designCapacity ?? null,
      operatingCapacity: r.operatingCapacity ?? null,
      source: r.source,
    })),
    createdAt: plant.createdAt.toISOString(),
    updatedAt: plant.updatedAt.toISOString(),
  };
}
