import { Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Listing } from '../../../../src/modules/eco/contract';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { CodeTag, quantityText, windowText } from './labels';
import { useListingStatus } from './queries';

/** Offers or needs the caller may see; each row opens its ranked matches. */
export function ListingTable({ items, loading }: { items: Listing[]; loading: boolean }) {
  const { t } = useLocale();
  const status = useListingStatus();
  return (
    <Table<Listing>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('eco.empty') }}
      data-testid="listing-table"
      columns={[
        {
          title: t('eco.col.title'),
          render: (_, l) => (
            <Space direction="vertical" size={0}>
              <Link to={`${PATHS.eco}/tin/${l.id}`} data-testid="listing-link">
                {l.title}
              </Link>
              {l.description && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.description}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        {
          title: t('eco.col.code'),
          render: (_, l) => (
            <>
              <CodeTag listing={l} />
              {l.hazardous && <Tag color="red">{t('eco.hazardous')}</Tag>}
            </>
          ),
        },
        { title: t('eco.col.enterprise'), dataIndex: 'enterpriseName' },
        { title: t('eco.col.park'), dataIndex: 'parkName' },
        { title: t('eco.col.quantity'), render: (_, l) => quantityText(l, t) },
        { title: t('eco.col.window'), render: (_, l) => windowText(l, t) },
        { title: t('eco.col.confidentiality'), render: (_, l) => t(`eco.conf.${l.confidentiality}`) },
        {
          title: '',
          render: (_, l) => (
            <Space>
              <Link to={`${PATHS.eco}/tin/${l.id}`}>
                <Button size="small" type="primary" ghost data-testid="open-matches">
                  {t('eco.matches')}
                </Button>
              </Link>
              {l.canEdit && (
                <Button
                  size="small"
                  loading={status.isPending}
                  onClick={() => status.mutate({ id: l.id, status: l.status === 'open' ? 'closed' : 'open' })}
                >
                  {l.status === 'open' ? t('eco.close') : t('eco.reopen')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
