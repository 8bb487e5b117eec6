import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, errorText } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { PageLoading } from '../../ui/PageLoading';
import { useTrackedDossier } from './desk-queries';
import { inLang } from './format';

const TIMELINESS_COLOURS = { early: 'green', on_time: 'blue', late: 'red' } as const;

/** "Tra cứu hồ sơ" (`/tra-cuu-ho-so/:code`): anyone holding the receipt slip sees how the dossier stands. */
export function TrackingPage() {
  const { t, lang } = useLocale();
  const { code } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code ?? '');
  useEffect(() => setTyped(code ?? ''), [code]);
  const dossier = useTrackedDossier(code);
  const d = dossier.data;

  const search = () => {
    const value = typed.trim().toUpperCase();
    if (value) navigate(`${PATHS.tracking}/${encodeURIComponent(value)}`);
  };

  const timelinessTag = () => {
    if (!d?.timeliness) return null;
    const open = d.finishedAt === null;
    const key =
      open && d.timeliness === 'on_time'
        ? 'desk.timeliness.open_on_time'
        : (`desk.timeliness.${d.timeliness}` as const);
    return (
      <Tag color={TIMELINESS_COLOURS[d.timeliness]} data-testid="tracking-timeliness">
        {t(key)}
      </Tag>
    );
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }} data-testid="tracking-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('desk.tracking.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('desk.tracking.intro')}
      </Typography.Paragraph>
      <Space.Compact style={{ maxWidth: 520 }}>
        <Input
          allowClear
          size="large"
          prefix={<SearchOutlined />}
          placeholder={t('desk.tracking.placeholder')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onPressEnter={search}
          aria-label={t('desk.tracking.code')}
          data-testid="tracking-input"
        />
        <Button type="primary" size="large" onClick={search} data-testid="tracking-search">
          {t('desk.tracking.search')}
        </Button>
      </Space.Compact>
      {dossier.isLoading && <PageLoading />}
      {dossier.error && (
        <Alert
          type={dossier.error instanceof ApiError && dossier.error.status === 404 ? 'warning' : 'error'}
          showIcon
          message={t('desk.tracking.notFound')}
          description={errorText(dossier.error, lang)}
          data-testid="tracking-error"
        />
      )}
      {d && (
        <Card data-testid="tracking-result">
          <Flex vertical gap={12}>
            <Flex gap={8} wrap align="center">
              <Typography.Title level={4} style={{ margin: 0 }}>
                {d.code}
              </Typography.Title>
              <Tag color="geekblue" data-testid="tracking-status">
                {inLang(lang, d.status.vi, d.status.en)}
              </Tag>
              {timelinessTag()}
            </Flex>
            <Typography.Text type="secondary">
              {t('desk.tracking.portalCode', { code: d.status.portalCode, label: d.status.portalVi })}
            </Typography.Text>
            {d.paused && <Alert type="info" showIcon message={t('desk.tracking.paused')} />}
            {d.extended && <Alert type="warning" showIcon message={t('desk.tracking.extended')} />}
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={t('desk.tracking.procedure')} span={2}>
                {inLang(lang, d.procedure.name, d.procedure.nameEn)}
                {d.procedure.nationalCode ? ` (${d.procedure.nationalCode})` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('desk.tracking.agency')} span={2}>
                {d.agency}
              </Descriptions.Item>
              <Descriptions.Item label={t('desk.tracking.channel')}>{t(`desk.channel.${d.channel}`)}</Descriptions.Item>
              {d.submittedAt && (
                <Descriptions.Item label={t('desk.tracking.submitted')}>
                  {formatDateTime(d.submittedAt)}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('desk.tracking.received')}>{formatDateTime(d.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('desk.tracking.due')}>
                <span data-testid="tracking-due">{formatDateTime(d.dueAt)}</span>
              </Descriptions.Item>
              {d.extended && (
                <Descriptions.Item label={t('desk.tracking.originalDue')}>
                  {formatDateTime(d.originalDueAt)}
                </Descriptions.Item>
              )}
              {d.finishedAt && (
                <Descriptions.Item label={t('desk.tracking.finished')}>
                  {formatDateTime(d.finishedAt)}
                </Descriptions.Item>
              )}
              {d.returnedAt && (
                <Descriptions.Item label={t('desk.tracking.returned')}>
                  {formatDateTime(d.returnedAt)}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
