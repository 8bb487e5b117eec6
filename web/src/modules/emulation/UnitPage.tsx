import { Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { UnitDetail } from '../../../../src/modules/emulation/contract';
import { formatDate } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { MoveStaffButton } from './MoveStaffButton';
import { RoleTag, UnitLink } from './parts';
import { useUnit } from './queries';
import { StaffForm } from './StaffForm';

/** "Đơn vị": a unit's lineage (the Boards merged into it), its roles in the blocks year by year, its staff over time. */
export function UnitPage() {
  const { id } = useParams();
  const { t } = useLocale();
  const unit = useUnit(id);
  if (unit.error) return <LoadError error={unit.error} onRetry={() => unit.refetch()} />;
  if (!unit.data) return <PageLoading />;
  const u = unit.data;
  return (
    <Flex vertical gap={16} data-testid="emulation-unit">
      <Typography.Link>
        <Link to={PATHS.emulation}>← {t('emulation.blocks.title')}</Link>
      </Typography.Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {u.name}
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('emulation.kind')}>
          {t(`emulation.unitKind.${u.kind}` as MessageKey)}
        </Descriptions.Item>
        <Descriptions.Item label={t('emulation.period')}>
          {formatDate(u.validFrom)} – {u.validTo ? formatDate(u.validTo) : t('emulation.current')}
        </Descriptions.Item>
        {u.parent && (
          <Descriptions.Item label={t('emulation.parent')}>
            <UnitLink unit={u.parent} />
          </Descriptions.Item>
        )}
        {u.successor && (
          <Descriptions.Item label={t('emulation.successor')}>
            <UnitLink unit={u.successor} />
          </Descriptions.Item>
        )}
        {u.predecessors.length > 0 && (
          <Descriptions.Item label={t('emulation.predecessors')}>
            <Flex gap={8} wrap>
              {u.predecessors.map((p) => (
                <UnitLink key={p.id} unit={p} />
              ))}
            </Flex>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Link to={`${PATHS.emulation}/don-vi/${u.id}/khen-thuong`} data-testid="unit-awards-link">
        {t('emulation.award.historyLink')}
      </Link>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.unit.roles')}
      </Typography.Title>
      <Table<UnitDetail['memberships'][number]>
        rowKey={(m) => `${m.blockId}-${m.year}`}
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={u.memberships}
        data-testid="unit-memberships"
        locale={{ emptyText: t('emulation.unit.noRoles') }}
        columns={[
          { title: t('emulation.year'), dataIndex: 'year', width: 80 },
          {
            title: t('emulation.blocks.title'),
            render: (_, m) => <Link to={`${PATHS.emulation}/khoi/${m.blockId}?nam=${m.year}`}>{m.blockName}</Link>,
          },
          { title: t('emulation.role'), render: (_, m) => <RoleTag role={m.role} /> },
        ]}
      />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.unit.staff')}
      </Typography.Title>
      {u.canManage && <StaffForm unitId={u.id} />}
      <Table<UnitDetail['staff'][number]>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={u.staff}
        locale={{ emptyText: t('emulation.unit.noStaff') }}
        columns={[
          { title: t('emulation.unit.person'), dataIndex: 'fullName' },
          { title: t('emulation.unit.position'), dataIndex: 'title' },
          {
            title: t('emulation.period'),
            render: (_, s) =>
              `${formatDate(s.validFrom)} – ${s.validTo ? formatDate(s.validTo) : t('emulation.current')}`,
          },
          {
            title: '',
            render: (_, s) =>
              s.validTo ? null : (
                <Flex gap={8} align="center">
                  <Tag color="green">{t('emulation.current')}</Tag>
                  {u.canManage && <MoveStaffButton personId={s.personId} unitId={u.id} provinceCode={u.provinceCode} />}
                </Flex>
              ),
          },
        ]}
      />
    </Flex>
  );
}
