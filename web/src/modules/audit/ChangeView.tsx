import { Col, Flex, Row, Tag, Typography } from 'antd';
import type { AuditEntry } from '../../../../src/platform/audit/contract';
import { useLocale } from '../../app/locale';
import { changedKeys } from './changes';

function Json({ value, label }: { value: unknown; label: string }) {
  const { t } = useLocale();
  return (
    <>
      <Typography.Text strong>{label}</Typography.Text>
      <pre className="iza-json">
        {value === null || value === undefined ? t('audit.empty') : JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

/** An audit entry's before and after side by side, with the fields that changed. */
export function ChangeView({ entry }: { entry: AuditEntry }) {
  const { t } = useLocale();
  const changed = changedKeys(entry.before, entry.after);
  return (
    <Flex vertical gap={8} data-testid="audit-change">
      {changed.length > 0 && (
        <Flex gap={4} wrap align="center">
          <Typography.Text type="secondary">{t('audit.changed')}:</Typography.Text>
          {changed.map((k) => (
            <Tag key={k} color="orange">
              {k}
            </Tag>
          ))}
        </Flex>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Json value={entry.before} label={t('audit.before')} />
        </Col>
        <Col xs={24} md={12}>
          <Json value={entry.after} label={t('audit.after')} />
        </Col>
      </Row>
      {entry.requestId && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('audit.requestId')}: {entry.requestId}
        </Typography.Text>
      )}
    </Flex>
  );
}
