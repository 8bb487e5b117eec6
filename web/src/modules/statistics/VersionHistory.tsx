import { DiffOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Empty, Flex, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FormColumn } from '../../../../src/modules/statistics/contract';
import {
  type CellChange,
  SUBMISSION_STATUS_LABELS,
  type SubmissionDetail,
  type WorkflowAction,
} from '../../../../src/modules/statistics/contract-workflow';
import { ROLE_LABELS, type Role } from '../../../../src/platform/auth/contract';
import { errorText } from '../../app/api';
import { formatDateTime } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { auditRecordPath, formatCell } from './cells';
import { submissionFileUrl, useChanges } from './queries';
import { StatusTag, stepLabel } from './WorkflowPanel';

/** A changed value as printed: numbers the Vietnamese way (the column's kind is not in the change). */
const shown = (v: string | null) =>
  v === null ? '—' : formatCell(v, Number.isFinite(Number(v)) ? 'number' : ('text' as FormColumn['kind']));

const ENTITY_KEYS: Record<string, MessageKey> = {
  project: 'stats.entity.project',
  industrial_park: 'stats.entity.industrial_park',
  economic_zone: 'stats.entity.economic_zone',
  report: 'stats.entity.report',
  enterprise: 'stats.entity.enterprise',
  investor: 'stats.entity.investor',
};

/** A frozen version against the live figures: the cells that moved, then who edited which record. */
function ChangesView({ id }: { id: string }) {
  const { lang, t } = useLocale();
  const changes = useChanges(id);
  if (changes.error) return <Alert type="error" showIcon title={errorText(changes.error, lang)} />;
  const data = changes.data;
  if (!data) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <Flex vertical gap={10} data-testid="changes-view">
      {data.cells.length === 0 ? (
        <Alert type="success" showIcon title={t('stats.changes.none')} />
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('stats.changes.count', { n: data.cells.length, at: formatDateTime(data.computedAt) })}
          />
          <Table<CellChange>
            size="small"
            rowKey={(c) => `${c.section}/${c.row}/${c.column}`}
            dataSource={data.cells}
            pagination={data.cells.length > 20 ? { pageSize: 20 } : false}
            data-testid="changes-cells"
            columns={[
              { key: 's', title: t('stats.changes.section'), render: (_, c) => c.sectionTitle ?? '' },
              { key: 'r', title: t('stats.changes.row'), dataIndex: 'rowLabel' },
              { key: 'c', title: t('stats.changes.column'), dataIndex: 'columnLabel' },
              { key: 'w', title: t('stats.changes.was'), align: 'right', render: (_, c) => shown(c.was) },
              {
                key: 'n',
                title: t('stats.changes.now'),
                align: 'right',
                render: (_, c) => <strong>{shown(c.now)}</strong>,
              },
            ]}
          />
        </>
      )}
      <Typography.Text strong>{t('stats.changes.who')}</Typography.Text>
      {data.registryChanges.length === 0 ? (
        <Typography.Text type="secondary">{t('stats.changes.whoNone')}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey={(c) => `${c.at}/${c.entityId}/${c.action}`}
          dataSource={data.registryChanges}
          pagination={false}
          data-testid="changes-registry"
          columns={[
            { key: 'at', title: t('stats.changes.at'), render: (_, c) => formatDateTime(c.at) },
            {
              key: 'who',
              title: t('stats.changes.actor'),
              render: (_, c) => (
                <Flex vertical>
                  <span>{c.actorName ?? c.actorLabel}</span>
                  {c.actorName && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[
                        c.actorLabel,
                        c.actorRole ? (ROLE_LABELS[c.actorRole as Role]?.[lang] ?? c.actorRole) : null,
                        c.actorOrganisation,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { key: 'what', title: t('stats.changes.action'), render: (_, c) => c.actionLabel[lang] },
            {
              key: 'rec',
              title: t('stats.changes.record'),
              render: (_, c) => {
                const path = auditRecordPath(c.entityType, c.entityId);
                const kind = ENTITY_KEYS[c.entityType] ? t(ENTITY_KEYS[c.entityType]!) : c.entityType;
                return path ? <Link to={path}>{kind}</Link> : kind;
              },
            },
          ]}
        />
      )}
      {data.registryChangesTruncated && (
        <Typography.Text type="secondary">
          {t('stats.changes.truncated', { n: data.registryChanges.length })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function VersionBody({ version }: { version: SubmissionDetail }) {
  const { lang, t } = useLocale();
  const [comparing, setComparing] = useState(false);
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Button size="small" icon={<FileExcelOutlined />} href={submissionFileUrl(version.id, 'xlsx')}>
          {t('stats.history.download')} (.xlsx)
        </Button>
        <Button size="small" icon={<FileWordOutlined />} href={submissionFileUrl(version.id, 'docx')}>
          .docx
        </Button>
        <Button
          size="small"
          icon={<DiffOutlined />}
          type={comparing ? 'primary' : 'default'}
          onClick={() => setComparing((c) => !c)}
          data-testid={`compare-${version.version}`}
        >
          {t('stats.history.compare')}
        </Button>
      </Flex>
      <Timeline
        items={version.events.map((e) => ({
          color: e.toStatus === 'revision_requested' ? 'red' : e.toStatus === 'accepted' ? 'green' : 'blue',
          content: (
            <Flex vertical>
              <Typography.Text>
                <strong>{stepLabel(version.workflow, e.action as WorkflowAction, lang)}</strong> →{' '}
                {SUBMISSION_STATUS_LABELS[e.toStatus][lang]}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('stats.history.event', {
                  at: formatDateTime(e.at),
                  who: `${e.actorName ?? '—'}${e.actorRole ? ` – ${ROLE_LABELS[e.actorRole as Role]?.[lang] ?? e.actorRole}` : ''}`,
                })}
              </Typography.Text>
              {e.reason && <Typography.Text type="danger">{`${t('stats.wf.reason')}: ${e.reason}`}</Typography.Text>}
            </Flex>
          ),
        }))}
      />
      {comparing && <ChangesView id={version.id} />}
    </Flex>
  );
}

/** Every version of the form for this period, newest first, each with its steps and its diff. */
export function VersionHistory({ items }: { items: SubmissionDetail[] }) {
  const { t } = useLocale();
  return (
    <Card size="small" title={t('stats.history.title')} data-testid="version-history">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.history.empty')} />
      ) : (
        <Collapse
          defaultActiveKey={[items[0]!.id]}
          items={items.map((v) => ({
            key: v.id,
            label: (
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t('stats.wf.version', { v: v.version })}</Typography.Text>
                <Tag>{v.reportCode}</Tag>
                <StatusTag status={v.status} />
                <Typography.Text type="secondary">{formatDateTime(v.updatedAt)}</Typography.Text>
              </Flex>
            ),
            children: <VersionBody version={v} />,
          }))}
        />
      )}
    </Card>
  );
}
