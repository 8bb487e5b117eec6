import { Link } from 'react-router';
import { PATHS } from '../../app/paths';
import { usePark, useZones } from './queries';

type Place = { locationKind?: string; kind?: string; parkId: string | null; zoneId: string | null };

/**
 * Where a project lies, named and linked to its park (`/khu-cong-nghiep/<id>`) or KKT
 * (`/khu-kinh-te/<id>`). Names come from the zone registry; the id stands in while it loads
 * or when the caller may not read the park.
 */
export function PlaceLink({ place }: { place: Place }) {
  const kind = place.locationKind ?? place.kind;
  const park = usePark(kind === 'park' ? place.parkId : null);
  const zones = useZones();
  if (kind === 'park' && place.parkId) {
    const name = park.data ? park.data.name : `KCN ${place.parkId.slice(0, 8)}…`;
    return (
      <Link to={`${PATHS.parks}/${place.parkId}`} data-testid="place-link">
        {name}
      </Link>
    );
  }
  if (place.zoneId) {
    const zone = zones.data?.items.find((z) => z.id === place.zoneId);
    return (
      <Link to={`${PATHS.zones}/${place.zoneId}`} data-testid="place-link">
        {zone ? zone.name : `KKT ${place.zoneId.slice(0, 8)}…`}
      </Link>
    );
  }
  return <span>—</span>;
}
