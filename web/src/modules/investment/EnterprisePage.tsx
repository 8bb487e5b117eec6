import { EditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { EcoCertificates } from '../eco/certification/EcoCertificates';
import { useAbilities } from './abilities';
import { EnterpriseDrawer } from './EnterpriseDrawer';
import { ProjectTable } from './ProjectTable';
import { useProvinceName } from './provinces';
import { type QueryParams, useEnterprise, useProjects } from './queries';
import { RecordTrail } from './RecordTrail';

/** One enterprise: identity, address (commune and province today), representative, sectors, its projects, its trail. */
export function EnterprisePage() {
  const { id = '' } = useParams();
  const { t } = useLocale();
  const can = useAbilities();
  const province = useProvinceName();
  const enterprise = useEnterprise(id);
  const [projectParams, setProjectParams] = useState<QueryParams>({});
  const projects = useProjects({ ...projectParams, enterpriseId: id });
  const [editing, setEditing] = useState(false);

  if (enterprise.isPending) return <PageLoading />;
  if (enterprise.isError) return <LoadError error={enterprise.error} onRetry={() => enterprise.refetch()} />;
  const e = enterprise.data;
  const contactOnly = !can.manageEnterprises;

  return (
    <Flex vertical gap={16} data-testid="enterprise-page">
      <Breadcrumb
        items={[{ title: <Link to={PATHS.enterprises}>{t('inv.enterprises.title')}</Link> }, { title: e.taxCode }]}
      />
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="enterprise-title">
            {e.nameVi}
          </Typography.Title>
          {e.nameForeign && <Typography.Text type="secondary">{e.nameForeign}</Typography.Text>}
        </Flex>
        {(can.manageEnterprises || can.updateContact) && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="enterprise-edit">
            {contactOnly ? t('inv.enterprise.editContact') : t('inv.enterprise.edit')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="enterprise-identity">
          <Descriptions.Item label={t('inv.enterprise.taxCode')}>{e.taxCode}</Descriptions.Item>
          <Descriptions.Item label={t('inv.enterprise.legalRepresentative')}>
            {e.legalRepresentative ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('inv.enterprise.address')}>{e.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inv.enterprise.commune')}>{e.commune ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inv.enterprise.province')}>
            {province(e.provinceCode)}
            {e.adminUnitId.startsWith('63:') && (
              <Typography.Text type="secondary">
                {' '}
                ({t('inv.enterprise.recordedUnit', { unit: e.adminUnitId })})
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('inv.project.sectors')}>{e.sectors.join(', ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inv.updatedAt')}>{formatDateTime(e.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <EcoCertificates subject={{ enterpriseId: e.id }} onlyWhenAny />
      <Card title={t('inv.enterprise.projects')} size="small">
        {projects.isError ? (
          <LoadError error={projects.error} onRetry={() => projects.refetch()} />
        ) : (
          <ProjectTable
            data={projects.data}
            loading={projects.isFetching}
            params={projectParams}
            set={setProjectParams}
          />
        )}
      </Card>
      <RecordTrail kind="enterprises" id={e.id} />
      <EnterpriseDrawer
        open={editing}
        enterprise={e}
        contactOnly={contactOnly}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    </Flex>
  );
}
