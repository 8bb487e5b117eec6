import { DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Flex, Input, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Investor } from '../../../../src/modules/investment/contract';
import { withQuery } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { useAbilities } from './abilities';
import { INVESTORS_PATH, RegistryTabs } from './EnterprisesPage';
import { InvestorDrawer } from './InvestorDrawer';
import { useUrlParams } from './ProjectsPage';
import { ProjectTable } from './ProjectTable';
import { CountrySelect, useCountryName } from './pickers';
import { type QueryParams, useInvestor, useInvestors, useProjects } from './queries';
import { RecordTrail } from './RecordTrail';

const KEYS = ['q', 'kind', 'nationality', 'page', 'pageSize'] as const;

function useKindLabel() {
  const { t } = useLocale();
  return (kind: Investor['kind']) =>
    t(kind === 'organisation' ? 'inv.investor.organisation' : 'inv.investor.individual');
}

/** "Nhà đầu tư": search by name or identifier, by kind and nationality; Boards add investors. */
export function InvestorsPage() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const can = useAbilities();
  const country = useCountryName();
  const kindLabel = useKindLabel();
  const [params, set] = useUrlParams(KEYS);
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  const [creating, setCreating] = useState(false);
  const list = useInvestors(params);
  const change = (patch: QueryParams) => set({ ...params, ...patch, page: undefined });
  const { page: _p, pageSize: _s, ...exported } = params;

  return (
    <Flex vertical gap={16} data-testid="investors-page">
      <RegistryTabs />
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inv.investors.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button icon={<DownloadOutlined />} href={withQuery('/api/investors.xlsx', exported)} download>
            {t('inv.exportExcel')}
          </Button>
          {can.manageProjects && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="investor-add">
              {t('inv.investor.add')}
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
            placeholder={t('inv.investors.search')}
            enterButton={t('app.search')}
            allowClear
            style={{ width: 360, maxWidth: '100%' }}
            data-testid="investors-search"
          />
          <Select
            value={params.kind}
            onChange={(kind) => change({ kind })}
            allowClear
            placeholder={t('inv.investor.kind')}
            options={(['organisation', 'individual'] as const).map((k) => ({ value: k, label: kindLabel(k) }))}
            style={{ width: 160 }}
          />
          <CountrySelect
            value={params.nationality}
            onChange={(nationality) => change({ nationality })}
            placeholder={t('inv.investor.nationality')}
            style={{ width: 240 }}
          />
        </Flex>
      </Card>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<Investor>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          data-testid="investors-table"
          columns={[
            {
              title: t('inv.investor.name'),
              dataIndex: 'name',
              render: (name: string, i) => <Link to={`${INVESTORS_PATH}/${i.id}`}>{name}</Link>,
            },
            { title: t('inv.investor.kind'), dataIndex: 'kind', width: 140, render: kindLabel },
            {
              title: t('inv.investor.nationality'),
              dataIndex: 'nationality',
              width: 220,
              render: (n: string) => country(n),
            },
            {
              title: t('inv.investor.foreignShare'),
              dataIndex: 'foreignShare',
              width: 200,
              render: (v: string | null) => (v === null ? '—' : `${v.replace('.', ',')} %`),
            },
            {
              title: t('inv.investor.identifier'),
              dataIndex: 'identifier',
              width: 180,
              render: (v: string | null) => v ?? '—',
            },
          ]}
          pagination={{
            current: list.data?.page ?? 1,
            pageSize: list.data?.pageSize ?? 50,
            total: list.data?.total ?? 0,
            showTotal: (n) => t('inv.investors.total', { n: formatNumber(n) }),
            onChange: (page, pageSize) =>
              set({
                ...params,
                page: page > 1 ? String(page) : undefined,
                pageSize: pageSize !== 50 ? String(pageSize) : undefined,
              }),
          }}
        />
      )}
      <InvestorDrawer
        open={creating}
        investor={null}
        onClose={() => setCreating(false)}
        onSaved={(i) => {
          setCreating(false);
          navigate(`${INVESTORS_PATH}/${i.id}`);
        }}
      />
    </Flex>
  );
}

/** One investor: who it is, the projects it holds a share of today, and its trail. */
export function InvestorPage() {
  const { id = '' } = useParams();
  const { t } = useLocale();
  const can = useAbilities();
  const country = useCountryName();
  const kindLabel = useKindLabel();
  const investor = useInvestor(id);
  const [projectParams, setProjectParams] = useState<QueryParams>({});
  const projects = useProjects({ ...projectParams, investorId: id });
  const [editing, setEditing] = useState(false);
  if (investor.isPending) return <PageLoading />;
  if (investor.isError) return <LoadError error={investor.error} onRetry={() => investor.refetch()} />;
  const i = investor.data;
  return (
    <Flex vertical gap={16} data-testid="investor-page">
      <Breadcrumb items={[{ title: <Link to={INVESTORS_PATH}>{t('inv.investors.title')}</Link> }, { title: i.name }]} />
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {i.name}
        </Typography.Title>
        {can.manageProjects && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="investor-edit">
            {t('inv.investor.edit')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('inv.investor.kind')}>{kindLabel(i.kind)}</Descriptions.Item>
          <Descriptions.Item
            label={i.kind === 'individual' ? t('inv.investor.nationality') : t('inv.investor.country')}
          >
            {country(i.nationality)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inv.investor.foreignShare')}>
            {i.foreignShare ? `${i.foreignShare} %` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('inv.investor.controlledShare')}>
            {i.controlledShare ? `${i.controlledShare} %` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('inv.investor.identifier')}>{i.identifier ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inv.updatedAt')}>{formatDateTime(i.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('inv.investor.projects')} size="small">
        <ProjectTable
          data={projects.data}
          loading={projects.isFetching}
          params={projectParams}
          set={setProjectParams}
        />
      </Card>
      <RecordTrail kind="investors" id={i.id} />
      <InvestorDrawer open={editing} investor={i} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
    </Flex>
  );
}
