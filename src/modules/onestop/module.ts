import type { Db, Tx } from '../../platform/db/client';
import { ecoCertificationWriter } from '../eco/certification/writer';
import type { GeoService } from '../geo/service';
import { createInvestmentService } from '../investment/service';
import type { ReferenceService } from '../reference/service';
import { createZonesService } from '../zones/service';
import { investmentResultWriter } from './dossiers/registry-results';
import { createDossierService } from './dossiers/service';
import { onestopRoutes } from './routes';
import { createOnestopService } from './service';

export function createOnestopModule(shared: {
  db: Db;
  clock: () => Date;
  calendar: Parameters<typeof createOnestopService>[0]['calendar'];
  geo: GeoService;
  reference: ReferenceService;
}) {
  const service = createOnestopService(shared);
  const { db, clock, geo, reference } = shared;
  // A decision's registry write runs through the investment service built on the decision's
  // transaction (as the Excel import does), so both commit or roll back together.
  const registryOn = (tx: Tx) => {
    const onTx = tx as unknown as Db;
    const zones = createZonesService({ db: onTx, clock, geo });
    return { zones, investment: createInvestmentService({ db: onTx, clock, geo, zones, reference }) };
  };
  const dossiers = createDossierService(
    {
      db,
      clock,
      calendar: shared.calendar,
      provinceInForce: geo.provinceInForce,
      // The geo index reads through the shared connection: load it before the transaction opens.
      beforeRegistryWrite: () => geo.getIndex(),
      resultWriters: {
        investment: investmentResultWriter((tx) => registryOn(tx).investment),
        eco_industrial_park: ecoCertificationWriter(registryOn),
      },
    },
    service.versionInForce,
  );
  return { service: { ...service, dossiers }, routes: onestopRoutes(service, dossiers) };
}
