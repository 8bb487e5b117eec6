import type { MatchListing, Viewer } from './types';

/**
 * Confidentiality of a listing: public listings are seen by every signed-in party of the exchange;
 * "Board only" by the Board of the park's province (and the ministry); "named partners" also by the
 * enterprises named. The owner always sees its own. Checked in the service for every read, and by
 * the matcher for every candidate, so a hidden listing never appears as a suggestion either.
 */
export function visibleTo(
  viewer: Viewer,
  listing: Pick<MatchListing, 'enterpriseId' | 'provinceCode' | 'confidentiality' | 'partnerEnterpriseIds'>,
): boolean {
  switch (viewer.kind) {
    case 'ministry':
      return true;
    case 'board':
      return listing.confidentiality === 'public' || listing.provinceCode === viewer.provinceCode;
    case 'enterprise':
      return (
        listing.enterpriseId === viewer.enterpriseId ||
        listing.confidentiality === 'public' ||
        (listing.confidentiality === 'partners' && listing.partnerEnterpriseIds.includes(viewer.enterpriseId))
      );
    case 'none':
      return false;
  }
}
