import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import type { Province, UnitRef } from '../../../../src/modules/geo/contract';
import { formatDate, formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { useLineage } from './queries';
import type { RegionStyle } from './regions';

interface Props {
  province: Province | null;
  region: RegionStyle | undefined;
  onSelect: (id: string) => void;
}

function UnitTags({ units, onSelect }: { units: UnitRef[]; onSelect: (id: string) => void }) {
  return (
    <Flex wrap gap={4}>
      {units.map((u) => (
        <Tag key={u.id} color="blue" style={{ cursor: 'pointer', marginInlineEnd: 0 }} onClick={() => onSelect(u.id)}>
          {u.name} ({u.code})
        </Tag>
      ))}
    </Flex>
  );
}

/** The selected province: its record and how the 2025 reorganisation changed it. */
export function ProvincePanel({ province, region, onSelect }: Props) {
  const { t } = useLocale();
  const lineage = useLineage(province?.id ?? null);

  if (!province) {
    return (
      <Card data-testid="province-panel" data-empty="true">
        <Typography.Text type="secondary">{t('map.hint')}</Typography.Text>
      </Card>
    );
  }

  const predecessors = lineage.data?.predecessors ?? province.predecessors;
  const successors = lineage.data?.successors ?? province.successors;
  // every 2025 change was a whole-province merge: a new province with one predecessor kept its territory
  const unchanged = province.edition === '34' && predecessors.length === 1;

  return (
    <Card title={province.name} data-testid="province-panel" data-province-id={province.id}>
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 150 } }}>
        <Descriptions.Item label={t('province.code')}>{province.code}</Descriptions.Item>
        <Descriptions.Item label={t('province.iso')}>{province.isoCode ?? t('app.none')}</Descriptions.Item>
        <Descriptions.Item label={t('province.kind')}>
          {t(province.kind === 'city' ? 'province.kind.city' : 'province.kind.province')}
        </Descriptions.Item>
        <Descriptions.Item label={t('province.region')}>{region?.name ?? t('map.noRegion')}</Descriptions.Item>
        <Descriptions.Item label={t('province.validFrom')}>{formatDate(province.validFrom)}</Descriptions.Item>
        <Descriptions.Item label={t('province.validTo')}>
          {province.validTo ? formatDate(province.validTo) : t('province.inForce')}
        </Descriptions.Item>
        {province.communeCount !== null && (
          <Descriptions.Item label={t('province.communes')}>{formatNumber(province.communeCount)}</Descriptions.Item>
        )}
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('province.lineage')}
      </Typography.Title>
      {lineage.isError && <LoadError error={lineage.error} onRetry={() => lineage.refetch()} />}
      {lineage.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      <div data-testid="province-lineage">
        {predecessors.length === 0 && successors.length === 0 ? (
          <Typography.Text type="secondary">{t('province.lineageNone')}</Typography.Text>
        ) : (
          <Flex vertical gap={8}>
            {predecessors.length > 0 && (
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t('province.lineageFrom')}:</Typography.Text>
                <UnitTags units={predecessors} onSelect={onSelect} />
                <ArrowRightOutlined />
                <Tag color="geekblue">{province.name}</Tag>
              </Flex>
            )}
            {successors.length > 0 && (
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t('province.lineageInto')}:</Typography.Text>
                <Tag color="geekblue">{province.name}</Tag>
                <ArrowRightOutlined />
                <UnitTags units={successors} onSelect={onSelect} />
              </Flex>
            )}
            {unchanged && <Tag>{t('province.unchanged')}</Tag>}
            {lineage.data?.legalBasis && (
              <Typography.Text data-testid="province-legal-basis">
                {t('province.legalBasis')}: {lineage.data.legalBasis}
                {lineage.data.effectiveDate &&
                  ` · ${t('province.effective')}: ${formatDate(lineage.data.effectiveDate)}`}
              </Typography.Text>
            )}
          </Flex>
        )}
      </div>
    </Card>
  );
}
