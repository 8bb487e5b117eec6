import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Certification } from '../../../../../src/modules/eco/certification/contract';
import { ApiError, errorText } from '../../../app/api';
import { formatDate } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { LoadError } from '../../../ui/LoadError';
import { type CertificationSubject, useCertifications, useRevokeCertification } from './queries';

const STATUS_COLOR = { valid: 'green', expired: 'default', revoked: 'red' } as const;

/**
 * The eco certificates of a park or an enterprise as of a day (today by default): a badge with the
 * dates, the certificate number and the one-stop dossier that produced it; the deciding Board's
 * leader may revoke one with a reason.
 */
export function EcoCertificates({
  subject,
  onlyWhenAny = false,
}: {
  subject: CertificationSubject;
  /** Draw nothing for a subject never certified (the enterprise page: most enterprises are not). */
  onlyWhenAny?: boolean;
}) {
  const { t } = useLocale();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [revoking, setRevoking] = useState<Certification | null>(null);
  const list = useCertifications(subject, asOf?.format('YYYY-MM-DD'));
  if (onlyWhenAny && !asOf && (!list.data || list.data.items.length === 0)) return null;
  return (
    <Card
      size="small"
      title={t('eco.cert.title')}
      data-testid="eco-certificates"
      extra={
        <Space size={4}>
          <Typography.Text type="secondary">{t('eco.cert.asOf')}</Typography.Text>
          <DatePicker value={asOf} onChange={setAsOf} format="DD/MM/YYYY" size="small" data-testid="eco-cert-asof" />
        </Space>
      }
    >
      {list.isError && <LoadError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Typography.Text type="secondary">{t('eco.cert.none')}</Typography.Text>
      )}
      <Flex vertical gap={8}>
        {(list.data?.items ?? []).map((c) => (
          <Flex key={c.id} gap={8} wrap align="center" data-testid="eco-certificate">
            <Tag color={STATUS_COLOR[c.status]} data-testid="eco-cert-status">
              {t(`eco.cert.kind.${c.kind}`)} · {t(`eco.cert.status.${c.status}`)}
            </Tag>
            <Typography.Text>
              {t('eco.cert.from', { date: formatDate(c.certifiedOn) })},{' '}
              {c.validUntil ? t('eco.cert.until', { date: formatDate(c.validUntil) }) : t('eco.cert.noEnd')}
              {c.certificateNo ? ` · ${t('eco.cert.no', { no: c.certificateNo })}` : ''}
            </Typography.Text>
            <Link to={`${PATHS.dossiers}/${c.dossier.id}`}>{t('eco.cert.dossier', { code: c.dossier.code })}</Link>
            {c.revokedOn && (
              <Typography.Text type="danger">
                {t('eco.cert.revokedOn', { date: formatDate(c.revokedOn), reason: c.revokedReason ?? '' })}
              </Typography.Text>
            )}
            {c.canRevoke && !asOf && (
              <Button size="small" danger onClick={() => setRevoking(c)} data-testid="eco-cert-revoke">
                {t('eco.cert.revoke')}
              </Button>
            )}
          </Flex>
        ))}
      </Flex>
      {revoking && <RevokeDialog certification={revoking} onClose={() => setRevoking(null)} />}
    </Card>
  );
}

function RevokeDialog({ certification, onClose }: { certification: Certification; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const revoke = useRevokeCertification();
  const send = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await revoke.mutateAsync({
        id: certification.id,
        body: { revokedOn: (v.revokedOn as Dayjs).format('YYYY-MM-DD'), reason: v.reason },
      });
      message.success(t('eco.cert.revoked'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.fieldErrors(lang));
      message.error(errorText(e, lang));
    }
  };
  return (
    <Modal
      open
      title={t('eco.cert.revokeTitle')}
      onCancel={onClose}
      onOk={send}
      okText={t('eco.cert.revoke')}
      okButtonProps={{ danger: true, id: 'eco-cert-revoke-confirm' }}
      confirmLoading={revoke.isPending}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="revokedOn"
          label={t('eco.cert.revokeDate')}
          rules={[{ required: true }]}
          initialValue={dayjs()}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="reason" label={t('eco.cert.revokeReason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
