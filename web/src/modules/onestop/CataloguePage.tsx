import { SearchOutlined } from '@ant-design/icons';
import { Alert, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  ProcedureField as Fields,
  type ProcedureField,
  type ProcedureSummary,
} from '../../../../src/modules/onestop/contract';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { formatFee, formatTimeLimit, inLang } from './format';
import { useProcedures } from './queries';

const FIELDS = Fields.options;
const SEARCH_DELAY_MS = 300;

/** "Thủ tục hành chính": the public catalogue (`?q=…&linh-vuc=…`), readable without signing in. */
export function CataloguePage() {
  const { t, lang } = useLocale();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const askedField = params.get('linh-vuc');
  const field = FIELDS.find((f) => f === askedField);
  const [typed, setTyped] = useState(q);
  const list = useProcedures(q, field);

  // The address carries the search, so a link or a reload shows the same list.
  useEffect(() => {
    if (typed === q) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      if (typed.trim()) next.set('q', typed.trim());
      else next.delete('q');
      setParams(next, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, q, params, setParams]);

  const setField = (value: ProcedureField | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set('linh-vuc', value);
    else next.delete('linh-vuc');
    setParams(next, { replace: true });
  };

  return (
    <Flex vertical gap={16} data-testid="procedure-catalogue">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('onestop.catalogue.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('onestop.catalogue.intro')}
      </Typography.Paragraph>
      <Space wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('onestop.search')}
          aria-label={t('onestop.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          style={{ width: 420 }}
          data-testid="procedure-search"
        />
        <Select<ProcedureField | 'all'>
          value={field ?? 'all'}
          onChange={(v) => setField(v === 'all' ? undefined : v)}
          aria-label={t('onestop.field')}
          style={{ width: 240 }}
          options={[
            { value: 'all', label: t('onestop.field.all') },
            ...FIELDS.map((f) => ({ value: f, label: t(`onestop.field.${f}`) })),
          ]}
          data-testid="procedure-field"
        />
        {list.data && (
          <Typography.Text type="secondary" data-testid="procedure-count">
            {t('onestop.count', { count: formatNumber(list.data.items.length) })}
          </Typography.Text>
        )}
      </Space>
      {list.isError && <LoadError error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.items.length === 0 && <Alert type="info" showIcon title={t('onestop.empty')} />}
      <Table<ProcedureSummary>
        rowKey="code"
        loading={list.isPending || list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        size="middle"
        data-testid="procedure-table"
        columns={[
          {
            title: t('onestop.code'),
            dataIndex: 'code',
            width: 150,
            render: (_, p) => <Typography.Text code>{p.nationalCode ?? p.code}</Typography.Text>,
          },
          {
            title: t('onestop.name'),
            dataIndex: 'nameVi',
            render: (_, p) => (
              <Flex vertical gap={2}>
                <Link to={`${PATHS.procedures}/${encodeURIComponent(p.code)}`} data-testid={`procedure-${p.code}`}>
                  {inLang(lang, p.nameVi, p.nameEn)}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`onestop.field.${p.field}`)} · {inLang(lang, p.authorityVi, p.authorityEn)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('onestop.limit'),
            dataIndex: 'limit',
            width: 200,
            render: (_, p) => (
              <Space size={4} wrap>
                <Typography.Text strong>{formatTimeLimit(p.limit, t)}</Typography.Text>
                {p.cases > 1 && <Tag>{t('onestop.caseCount', { count: p.cases })}</Tag>}
              </Space>
            ),
          },
          { title: t('onestop.fee'), dataIndex: 'feeVnd', width: 170, render: (_, p) => formatFee(p.feeVnd, t) },
          {
            title: t('onestop.channels'),
            dataIndex: 'channels',
            width: 230,
            render: (_, p) => (
              <Space size={[4, 4]} wrap>
                {p.channels.map((c) => (
                  <Tag key={c} color={c.startsWith('online') ? 'blue' : undefined}>
                    {t(`onestop.channel.${c}`)}
                  </Tag>
                ))}
                {p.unverified && (
                  <Tooltip title={t('onestop.unverified')}>
                    <Tag color="gold">{t('onestop.checking')}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}
