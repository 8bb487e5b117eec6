import { UnorderedListOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Flex, Row, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PARK_STATUS_LABELS, PARK_STATUSES, type ParkStatus } from '../../../../src/modules/zones/contract';
import { withQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { useBoundaries } from '../geo/queries';
import { editionOn, oneOf, STATUS_COLORS } from './labels';
import { type ParkFilter, ParkFilters } from './ParkFilters';
import { PointsMap } from './PointsMap';
import { useParkPoints, useZonePoints } from './queries';

/**
 * "Bản đồ KCN, KKT": parks by status on a date over the province map of that date's edition,
 * economic zones beside them; filters in the URL; a click on a point opens its profile.
 */
export function ParksMapPage() {
  const { lang, t } = useLocale();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = useMemo<ParkFilter>(
    () => ({
      asOf: params.get('asOf') || undefined,
      province: params.get('province') || undefined,
      status: oneOf(params.get('status'), PARK_STATUSES),
    }),
    [params],
  );
  const showZones = params.get('kkt') !== '0';
  const setFilter = (f: ParkFilter, zones = showZones) =>
    setParams(
      Object.fromEntries(
        Object.entries({ ...f, kkt: zones ? undefined : '0' }).filter(([, v]) => v) as [string, string][],
      ),
    );

  const edition = editionOn(filter.asOf);
  const boundaries = useBoundaries(edition);
  const parks = useParkPoints({ asOf: filter.asOf, province: filter.province, status: filter.status });
  const zones = useZonePoints({ asOf: filter.asOf, province: filter.province });
  // A park with no event by the date did not exist yet then: it is counted, not drawn.
  const shown = useMemo(() => (parks.data?.items ?? []).filter((p) => p.status !== null), [parks.data]);
  const notYet = (parks.data?.items.length ?? 0) - shown.length;
  const counts = useMemo(() => {
    const c = new Map<ParkStatus | 'none', number>();
    for (const p of parks.data?.items ?? []) c.set(p.status ?? 'none', (c.get(p.status ?? 'none') ?? 0) + 1);
    return c;
  }, [parks.data]);
  const failed = [boundaries, parks, zones].find((q) => q.isError);

  return (
    <Flex vertical gap={16} data-testid="parks-map-page">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('parks.mapTitle')}
        </Typography.Title>
        <Link to={withQuery(PATHS.parks, { asOf: filter.asOf, province: filter.province, status: filter.status })}>
          <Button icon={<UnorderedListOutlined />}>{t('parks.backToList')}</Button>
        </Link>
      </Flex>
      <Card>
        <Flex gap={16} wrap align="center">
          <ParkFilters value={filter} onChange={(f) => setFilter(f)} show={[]} />
          <Flex gap={8} align="center">
            <Switch checked={showZones} onChange={(on) => setFilter(filter, on)} data-testid="map-show-zones" />
            <Typography.Text>{t('parks.showZones')}</Typography.Text>
          </Flex>
        </Flex>
      </Card>
      {failed && <LoadError error={failed.error} onRetry={() => failed.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <Card styles={{ body: { padding: 8 } }}>
            {boundaries.data && parks.data ? (
              <PointsMap
                edition={edition}
                boundaries={boundaries.data}
                parks={shown}
                zones={showZones ? (zones.data?.items ?? []) : []}
                focus={filter.province}
                onOpenPark={(id) => navigate(withQuery(`${PATHS.parks}/${id}`, { asOf: filter.asOf }))}
                onOpenZone={(id) => navigate(withQuery(`${PATHS.zones}/${id}`, { asOf: filter.asOf }))}
              />
            ) : (
              !failed && <PageLoading />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <Card size="small" title={t('parks.legend')} data-testid="map-legend">
            <Flex vertical gap={6}>
              {PARK_STATUSES.map((s) => (
                <Flex key={s} justify="space-between" gap={8}>
                  <Badge color={STATUS_COLORS[s]} text={PARK_STATUS_LABELS[s][lang]} />
                  <Typography.Text strong style={{ whiteSpace: 'nowrap' }} data-testid={`legend-${s}`}>
                    {formatNumber(counts.get(s) ?? 0)}
                  </Typography.Text>
                </Flex>
              ))}
              {showZones && (
                <Flex justify="space-between">
                  <Badge color="#0b2f57" text={t('zones.title')} />
                  <Typography.Text strong>{formatNumber(zones.data?.items.length ?? 0)}</Typography.Text>
                </Flex>
              )}
              {notYet > 0 && (
                <Typography.Text type="secondary" data-testid="map-not-yet">
                  {t('parks.notYetOnDate', { n: formatNumber(notYet) })}
                </Typography.Text>
              )}
              <Typography.Text type="secondary" data-testid="map-without-point">
                {t('parks.withoutPoint', {
                  n: formatNumber((parks.data?.withoutPoint ?? 0) + (showZones ? (zones.data?.withoutPoint ?? 0) : 0)),
                })}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('map.attribution')}
              </Typography.Text>
            </Flex>
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
