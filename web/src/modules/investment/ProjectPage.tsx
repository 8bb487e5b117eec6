import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, DatePicker, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDate, todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { useAbilities } from './abilities';
import { CertificateEventDrawer } from './CertificateEventDrawer';
import { CertificateTimeline } from './CertificateTimeline';
import { ProjectEditDrawer } from './ProjectEditDrawer';
import { ProjectFacts } from './ProjectFacts';
import { OriginTag, STATUS_COLORS } from './ProjectTable';
import { useProject } from './queries';
import { RealisedCapitalCard } from './RealisedCapitalCard';
import { RecordTrail } from './RecordTrail';

/**
 * One project as of a chosen day (`?asOf=`): identity and place, the certificate, FDI/DDI with
 * the legal reason, investors, every certificate event, realised capital and the audit trail;
 * Boards record events and realised capital and edit it here.
 */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { lang, t } = useLocale();
  const can = useAbilities();
  const [search, setSearch] = useSearchParams();
  const asOf = search.get('asOf') ?? undefined;
  const project = useProject(id, asOf);
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState(false);

  if (project.isPending) return <PageLoading />;
  if (project.isError) return <LoadError error={project.error} onRetry={() => project.refetch()} />;
  const p = project.data;
  const ended = p.current.status === 'revoked' || p.current.status === 'terminated';

  return (
    <Flex vertical gap={16} data-testid="project-page">
      <Breadcrumb
        items={[{ title: <Link to={PATHS.projects}>{t('inv.projects.title')}</Link> }, { title: p.projectCode }]}
      />
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="project-title">
            {p.name}
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">{t('inv.project.codeShort', { code: p.projectCode })}</Typography.Text>
            <Tag color={STATUS_COLORS[p.certificate.status]}>{p.certificate.statusLabel[lang]}</Tag>
            <OriginTag origin={p.origin?.origin ?? null} />
          </Flex>
        </Flex>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('inv.asOf.label')}</Typography.Text>
          <DatePicker
            value={dayjs(p.asOf)}
            allowClear={false}
            format="DD/MM/YYYY"
            onChange={(d) => {
              const day = d?.format('YYYY-MM-DD');
              setSearch(day && day !== todayInVietnam() ? { asOf: day } : {});
            }}
            data-testid="project-asof"
          />
          {can.manageProjects && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="project-edit">
                {t('inv.project.editShort')}
              </Button>
              <Button
                type="primary"
                icon={<FileAddOutlined />}
                onClick={() => setRecording(true)}
                disabled={ended}
                title={ended ? t('inv.event.ended') : undefined}
                data-testid="event-add"
              >
                {t('inv.event.add')}
              </Button>
            </>
          )}
        </Flex>
      </Flex>
      {asOf && (
        <Typography.Text type="warning" data-testid="project-asof-note">
          {t('inv.asOf.viewing', { date: formatDate(p.asOf) })}
        </Typography.Text>
      )}
      <ProjectFacts project={p} />
      <CertificateTimeline events={p.events} />
      <RealisedCapitalCard projectId={p.id} canManage={can.manageProjects} />
      <RecordTrail kind="projects" id={p.id} />
      {can.manageProjects && (
        <>
          <CertificateEventDrawer open={recording} project={p} onClose={() => setRecording(false)} />
          <ProjectEditDrawer
            open={editing}
            project={p}
            onClose={() => setEditing(false)}
            onReload={() => project.refetch()}
          />
        </>
      )}
    </Flex>
  );
}
