import { Drawer, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { DrillResult } from '../../../../src/modules/insights/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { placesOf, viDecimal } from './periods';
import { useDrill } from './queries';

const LINKS: Partial<Record<DrillResult['recordKind'], string>> = {
  project: PATHS.projects,
  park: PATHS.parks,
  economic_zone: PATHS.zones,
};

/** The records behind one figure, like a form cell's: each row opens its project, park or KKT. */
export function DrillDrawer({ url, onClose }: { url: string | null; onClose: () => void }) {
  const { lang, t } = useLocale();
  const drill = useDrill(url);
  const data = drill.data;
  const base = data ? LINKS[data.recordKind] : undefined;
  const columns = (data?.columns ?? []).map((c, i) => ({
    key: c.key,
    dataIndex: ['values', c.key],
    title: c.unit ? `${c.label[lang]} (${c.unit})` : c.label[lang],
    align: c.kind === 'text' ? ('left' as const) : ('right' as const),
    render: (v: string | null, row: DrillResult['rows'][number]) => {
      const text =
        c.kind === 'text'
          ? v && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? formatDate(v)
            : (v ?? '–')
          : viDecimal(v, c.kind === 'count' ? 0 : placesOf(c.unit ?? ''));
      return i === 0 && base ? <Link to={`${base}/${row.id}`}>{text}</Link> : text;
    },
  }));
  return (
    <Drawer
      open={url !== null}
      onClose={onClose}
      size="large"
      title={data ? data.title[lang] : t('insights.drill.title')}
      data-testid="insights-drill"
    >
      {drill.isError ? <LoadError error={drill.error} onRetry={() => drill.refetch()} /> : null}
      {data ? (
        <Typography.Paragraph type="secondary">{t('insights.drill.total', { count: data.total })}</Typography.Paragraph>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        loading={drill.isFetching}
        columns={columns}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: true }}
      />
    </Drawer>
  );
}
