import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { AwardEntry } from '../../../../../src/modules/emulation/awards/contract';
import { withQuery } from '../../../app/api';
import { formatDate } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { LoadError } from '../../../ui/LoadError';
import { useRegister } from './queries';

/** "Sổ khen thưởng": every title and award in the reader's scope, by year and title, with the Excel export of the same filter. */
export function RegisterPage() {
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const year = params.get('nam') ? Number(params.get('nam')) : undefined;
  const titleKey = params.get('danh-hieu') ?? undefined;
  const list = useRegister({ year, titleKey });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const titles = [...new Map((list.data?.items ?? []).map((a) => [a.titleKey, a.titleVi])).entries()];
  return (
    <Flex vertical gap={12} data-testid="award-register">
      <Typography.Link>
        <Link to={PATHS.emulation}>← {t('emulation.blocks.title')}</Link>
      </Typography.Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('emulation.award.register')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('emulation.award.registerIntro')}</Typography.Text>
      <Flex gap={8} wrap>
        <InputNumber
          placeholder={t('emulation.award.allYears')}
          min={2000}
          max={2100}
          value={year ?? null}
          onChange={(v) => set('nam', v ? String(v) : undefined)}
        />
        <Select
          allowClear
          style={{ minWidth: 320 }}
          placeholder={t('emulation.award.allTitles')}
          value={titleKey}
          onChange={(v) => set('danh-hieu', v)}
          options={titles.map(([value, label]) => ({ value, label }))}
        />
        <Button icon={<DownloadOutlined />} href={withQuery('/api/emulation/register.xlsx', { year, titleKey })}>
          {t('emulation.export')}
        </Button>
      </Flex>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<AwardEntry>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('emulation.year'), dataIndex: 'year', width: 70 },
            { title: t('emulation.award.title'), dataIndex: 'titleVi' },
            {
              title: t('emulation.award.subject'),
              render: (_, a) =>
                a.subjectKind === 'collective' ? (
                  <Link to={`${PATHS.emulation}/don-vi/${a.subjectId}/khen-thuong`}>{a.subjectName}</Link>
                ) : (
                  `${a.subjectName}${a.unitName ? ` (${a.unitName})` : ''}`
                ),
            },
            {
              title: t('emulation.award.decisionNo'),
              width: 150,
              render: (_, a) => `${a.decisionNumber}, ${formatDate(a.decisionDate)}`,
            },
            { title: t('emulation.award.authority'), dataIndex: 'authority' },
            {
              title: '',
              width: 140,
              render: (_, a) => (
                <a href={`/api/emulation/awards/${a.id}/certificate.pdf`} target="_blank" rel="noreferrer">
                  {t('emulation.award.certificate')}
                </a>
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
