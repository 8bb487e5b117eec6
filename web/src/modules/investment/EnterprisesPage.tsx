import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Input, Select, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Enterprise } from '../../../../src/modules/investment/contract';
import { withQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { useProvinces } from '../geo/queries';
import { useAbilities } from './abilities';
import { EnterpriseDrawer } from './EnterpriseDrawer';
import { editionOn } from './ProjectFilters';
import { useUrlParams } from './ProjectsPage';
import { foldedSearch } from './pickers';
import { useProvinceName } from './provinces';
import { useEnterprises } from './queries';

export const INVESTORS_PATH = `${PATHS.enterprises}/nha-dau-tu`;
export const RATES_PATH = `${PATHS.enterprises}/ty-gia`;

/** The three registers kept under "Doanh nghiệp": enterprises, investors, State Bank rates. */
export function RegistryTabs() {
  const { t } = useLocale();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = pathname.startsWith(INVESTORS_PATH)
    ? INVESTORS_PATH
    : pathname.startsWith(RATES_PATH)
      ? RATES_PATH
      : PATHS.enterprises;
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(key)}
      items={[
        { key: PATHS.enterprises, label: <span data-testid="tab-enterprises">{t('inv.enterprises.title')}</span> },
        { key: INVESTORS_PATH, label: <span data-testid="tab-investors">{t('inv.investors.title')}</span> },
        { key: RATES_PATH, label: <span data-testid="tab-rates">{t('inv.rates.title')}</span> },
      ]}
      style={{ marginBottom: -8 }}
    />
  );
}

const KEYS = ['q', 'province', 'asOf', 'page', 'pageSize'] as const;

/** "Doanh nghiệp": search by name or tax code (with or without diacritics), province as of a day. */
export function EnterprisesPage() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const can = useAbilities();
  const province = useProvinceName();
  const [params, set] = useUrlParams(KEYS);
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  const [creating, setCreating] = useState(false);
  const list = useEnterprises(params);
  const edition = editionOn(params.asOf);
  const provinces = useProvinces(edition);
  const change = (patch: Record<string, string | undefined>) => set({ ...params, ...patch, page: undefined });
  const { page: _p, pageSize: _s, ...exported } = params;

  return (
    <Flex vertical gap={16} data-testid="enterprises-page">
      <RegistryTabs />
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inv.enterprises.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button
            icon={<DownloadOutlined />}
            href={withQuery('/api/enterprises.xlsx', exported)}
            download
            data-testid="enterprises-export"
          >
            {t('inv.exportExcel')}
          </Button>
          {can.manageEnterprises && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="enterprise-add"
            >
              {t('inv.enterprises.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Card>
        <Flex gap={12} wrap>
          <Input.Search
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => change({ q: v.trim() || undefined })}
            placeholder={t('inv.enterprises.search')}
            enterButton={t('app.search')}
            allowClear
            style={{ width: 380, maxWidth: '100%' }}
            data-testid="enterprises-search"
          />
          <DatePicker
            value={params.asOf ? dayjs(params.asOf) : null}
            onChange={(d) => {
              const asOf = d?.format('YYYY-MM-DD');
              change({ asOf, province: editionOn(asOf) === edition ? params.province : undefined });
            }}
            format="DD/MM/YYYY"
            placeholder={t('inv.asOf.today')}
          />
          <Select
            value={params.province}
            onChange={(v) => change({ province: v })}
            allowClear
            showSearch={foldedSearch}
            placeholder={t('inv.filter.province', { edition })}
            options={(provinces.data?.items ?? [])
              .slice()
              .sort((a, b) => a.code.localeCompare(b.code))
              .map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
            style={{ width: 260 }}
            data-testid="enterprises-province"
          />
        </Flex>
      </Card>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<Enterprise>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          data-testid="enterprises-table"
          columns={[
            { title: t('inv.enterprise.taxCode'), dataIndex: 'taxCode', width: 160 },
            {
              title: t('inv.enterprise.name'),
              dataIndex: 'nameVi',
              render: (name: string, e) => (
                <Flex vertical>
                  <Link to={`${PATHS.enterprises}/${e.id}`} data-testid="enterprise-link">
                    {name}
                  </Link>
                  {e.nameForeign && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.nameForeign}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('inv.enterprise.province'),
              dataIndex: 'provinceCode',
              width: 220,
              render: (c: string | null) => province(c),
            },
            {
              title: t('inv.enterprise.legalRepresentative'),
              dataIndex: 'legalRepresentative',
              width: 220,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('inv.project.sectors'),
              dataIndex: 'sectors',
              width: 160,
              render: (s: string[]) => s.join(', ') || '—',
            },
          ]}
          pagination={{
            current: list.data?.page ?? 1,
            pageSize: list.data?.pageSize ?? 50,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (n) => t('inv.enterprises.total', { n: formatNumber(n) }),
            onChange: (page, pageSize) =>
              set({
                ...params,
                page: page > 1 ? String(page) : undefined,
                pageSize: pageSize !== 50 ? String(pageSize) : undefined,
              }),
          }}
        />
      )}
      <EnterpriseDrawer
        open={creating}
        enterprise={null}
        onClose={() => setCreating(false)}
        onSaved={(e) => {
          setCreating(false);
          navigate(`${PATHS.enterprises}/${e.id}`);
        }}
      />
    </Flex>
  );
}
