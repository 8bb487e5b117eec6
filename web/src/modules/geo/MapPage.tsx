import { Card, Col, Flex, Input, Row, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Edition } from '../../../../src/modules/geo/contract';
import { searchKey } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { ProvinceMap } from './ProvinceMap';
import { ProvincePanel } from './ProvincePanel';
import { ProvinceTable } from './ProvinceTable';
import { useBoundaries, useGroups, useProvinces } from './queries';
import { RegionLegend } from './RegionLegend';
import { regionStyles } from './regions';

/**
 * "Địa bàn": the provinces on a map and in a table, 34 (today) or 63 (before 1 July 2025).
 * The URL keeps the state: `?tinh=34:24` selects a province (and its edition), `?ban=63`
 * shows the 63 without a selection.
 */
export function MapPage() {
  const { lang, t } = useLocale();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('tinh');
  const edition: Edition = selectedId?.startsWith('63:') || (!selectedId && params.get('ban') === '63') ? '63' : '34';
  const [search, setSearch] = useState('');

  const provinces = useProvinces(edition);
  const groups = useGroups(edition);
  const boundaries = useBoundaries(edition);
  const regions = useMemo(() => regionStyles(groups.data?.items, lang), [groups.data, lang]);

  const select = (id: string) =>
    setParams(id.startsWith('63:') ? { tinh: id, ban: '63' } : { tinh: id }, { replace: true });
  const setEdition = (next: Edition) => {
    setSearch('');
    setParams(next === '63' ? { ban: '63' } : {});
  };

  const items = provinces.data?.items ?? [];
  const selected = items.find((p) => p.id === selectedId) ?? null;
  const shown = useMemo(() => {
    const key = searchKey(search);
    if (!key) return items;
    return items.filter(
      (p) =>
        searchKey(p.name).includes(key) ||
        p.code === key ||
        [...p.predecessors, ...p.successors].some((u) => searchKey(u.name).includes(key)),
    );
  }, [items, search]);

  const failed = [provinces, groups, boundaries].find((q) => q.isError);

  return (
    <Flex vertical gap={16} data-testid="map-page" data-edition={edition}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('map.title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="edition-label">
            {t(edition === '34' ? 'map.edition34' : 'map.edition63')}
          </Typography.Text>
        </div>
        <Flex gap={8} align="center">
          <Switch
            checked={edition === '63'}
            onChange={(on) => setEdition(on ? '63' : '34')}
            data-testid="edition-switch"
            aria-label={t('map.switch')}
          />
          <Typography.Text>{t('map.switch')}</Typography.Text>
        </Flex>
      </Flex>

      {failed && <LoadError error={failed.error} onRetry={() => failed.refetch()} />}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card styles={{ body: { padding: 8 } }}>
            {boundaries.data && provinces.data && groups.data ? (
              <ProvinceMap
                edition={edition}
                boundaries={boundaries.data}
                provinces={items}
                regions={regions}
                selectedCode={selected?.code ?? null}
                onSelect={(code) => select(`${edition}:${code}`)}
                t={t}
              />
            ) : (
              !failed && <PageLoading />
            )}
            <RegionLegend regions={regions} />
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, display: 'block', padding: '4px 8px 0' }}
              data-testid="attribution"
            >
              {t('map.attribution')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <ProvincePanel
            province={selected}
            region={regions.find((r) => r.code === selected?.regionCode)}
            onSelect={select}
          />
        </Col>
      </Row>

      <Card
        title={t(edition === '34' ? 'map.edition34' : 'map.edition63')}
        extra={
          <Input.Search
            allowClear
            placeholder={t('map.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 260 }}
            data-testid="province-search"
          />
        }
      >
        <ProvinceTable
          edition={edition}
          provinces={shown}
          regions={regions}
          selectedId={selected?.id ?? null}
          onSelect={select}
        />
      </Card>
    </Flex>
  );
}
