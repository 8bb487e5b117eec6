import { useQuery } from '@tanstack/react-query';
import { Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { Enterprise } from '../../../../src/modules/investment/contract';
import { LOCATION_CLASS_LABELS, type ParkDetail } from '../../../../src/modules/zones/contract';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { formatCoord } from './labels';
import { KindTags, StatusTag } from './ParkBits';
import { useZones } from './queries';

const unitText = (u: { id: string; name: string } | null) => (u ? `${u.name} (${u.id})` : '—');

/** Who and where the park is, on the page's date: identity, place across the 2025 merger, developer, status. */
export function ParkIdentity({ park }: { park: ParkDetail }) {
  const { lang, t } = useLocale();
  const zones = useZones();
  const zone = zones.data?.items.find((z) => z.id === park.parentZoneId);
  const developer = useQuery({
    queryKey: ['enterprises', 'one', park.developerEnterpriseId],
    queryFn: ({ signal }) => api.get<Enterprise>(`/api/enterprises/${park.developerEnterpriseId}`, { signal }),
    enabled: Boolean(park.developerEnterpriseId),
    retry: false,
  });
  const { recorded, asOf, current } = park.province;
  const moved = current && recorded.id !== current.id;
  const status = park.statusAsOf;

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="park-identity"
      items={[
        { key: 'code', label: t('parks.code'), children: <span data-testid="park-code-value">{park.code}</span> },
        { key: 'kinds', label: t('parks.kinds'), children: <KindTags kinds={park.kinds} /> },
        {
          key: 'status',
          label: t('parks.statusOn'),
          span: 2,
          children: (
            <Flex gap={8} align="center" wrap>
              <StatusTag status={status?.status ?? null} since={status?.since ?? null} />
              {status?.decision && (
                <Typography.Text type="secondary">
                  {t('parks.byDecision', { number: status.decision.number, date: formatDate(status.decision.date) })}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          key: 'location',
          label: t('parks.location'),
          children: (
            <Flex vertical>
              <span>{LOCATION_CLASS_LABELS[park.locationClass][lang]}</span>
              {park.parentZoneId && (
                <Link to={`${PATHS.zones}/${park.parentZoneId}`} data-testid="park-parent-zone">
                  {zone?.name ?? t('parks.parentZone')}
                </Link>
              )}
            </Flex>
          ),
        },
        ...(park.specialisedSector
          ? [{ key: 'sector', label: t('parks.sector'), children: park.specialisedSector }]
          : []),
        {
          key: 'province',
          label: t('parks.provinceOn', { date: formatDate(park.asOf) }),
          children: <span data-testid="park-province-asof">{unitText(asOf)}</span>,
        },
        {
          key: 'recorded',
          label: t('parks.recordedUnit'),
          children: (
            <Flex vertical data-testid="park-province-history">
              <span>{unitText(recorded)}</span>
              {moved && (
                <Typography.Text type="secondary">{t('parks.nowIn', { name: unitText(current) })}</Typography.Text>
              )}
            </Flex>
          ),
        },
        { key: 'commune', label: t('parks.commune'), children: park.commune ?? '—' },
        {
          key: 'developer',
          label: t('parks.developer'),
          children: park.developerEnterpriseId ? (
            <Link to={`${PATHS.enterprises}/${park.developerEnterpriseId}`}>
              {developer.data ? `${developer.data.nameVi} · MST ${developer.data.taxCode}` : t('parks.developerLink')}
            </Link>
          ) : (
            '—'
          ),
        },
        {
          key: 'infrastructure',
          label: t('parks.infrastructureProject'),
          children: park.infrastructureProjectId ? (
            <Link to={`${PATHS.projects}/${park.infrastructureProjectId}`}>{t('parks.openProject')}</Link>
          ) : (
            '—'
          ),
        },
        {
          key: 'lease',
          label: t('parks.leaseTerm'),
          children: park.landLeaseTermYears ? t('parks.yearsN', { n: park.landLeaseTermYears }) : '—',
        },
        {
          key: 'point',
          label: t('parks.point'),
          children:
            park.lon !== null && park.lat !== null ? (
              <span data-testid="park-point">
                {formatCoord(park.lon)}° E, {formatCoord(park.lat)}° N
              </span>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
