import { CheckCircleFilled, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Typography, Upload } from 'antd';
import { useSearchParams } from 'react-router';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportKind } from '../../../../src/modules/registry-io/contract';
import { ApiError, errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { ImportJobPanel } from './ImportJobPanel';
import { templateUrl, useJob, useUpload } from './queries';

const isKind = (v: string | null): v is ImportKind => v !== null && (IMPORT_KINDS as readonly string[]).includes(v);

function KindTiles({ kind, onChange }: { kind: ImportKind; onChange: (k: ImportKind) => void }) {
  const { lang, t } = useLocale();
  return (
    <Row gutter={[12, 12]}>
      {IMPORT_KINDS.map((k) => {
        const selected = k === kind;
        return (
          <Col key={k} xs={24} md={12} xl={8}>
            <Card
              hoverable
              size="small"
              onClick={() => onChange(k)}
              data-testid={`import-kind-${k}`}
              aria-pressed={selected}
              style={{ height: '100%', borderColor: selected ? '#0b2f57' : undefined, borderWidth: selected ? 2 : 1 }}
            >
              <Flex gap={8} align="flex-start">
                <CheckCircleFilled style={{ color: selected ? '#0b2f57' : '#d9d9d9', marginTop: 4 }} />
                <Flex vertical gap={2}>
                  <Typography.Text strong>{IMPORT_KIND_LABELS[k][lang]}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t(`imports.kind.${k}`)}
                  </Typography.Text>
                </Flex>
              </Flex>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

/**
 * "Nhập dữ liệu Excel": choose a kind, download its template, upload the filled file; the import
 * runs on the server as a job whose progress is shown here, then the counts or every problem.
 * The job id stays in the address, so a reload keeps showing it.
 */
export function ImportsPage() {
  const { lang, t } = useLocale();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind: ImportKind = isKind(kindParam) ? kindParam : 'enterprises';
  const jobId = params.get('job') ?? undefined;
  const upload = useUpload();
  const job = useJob(jobId);

  const setKind = (k: ImportKind) => {
    upload.reset();
    setParams({ kind: k });
  };
  const start = (file: File) => {
    upload.mutate({ kind, file }, { onSuccess: (started) => setParams({ kind, job: started.id }) });
  };
  const again = () => {
    upload.reset();
    setParams({ kind });
  };
  const jobGone = job.error instanceof ApiError && job.error.status === 404;

  return (
    <Flex vertical gap={16} data-testid="imports-page" style={{ maxWidth: 1200 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('imports.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('imports.intro')}</Typography.Paragraph>

      <Card
        title={t('imports.step.kind')}
        extra={
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={templateUrl(kind)}
            download
            data-testid="import-template"
          >
            {t('imports.template')}
          </Button>
        }
      >
        <Flex vertical gap={12}>
          <KindTiles kind={kind} onChange={setKind} />
          <Typography.Text type="secondary">{t('imports.order')}</Typography.Text>
        </Flex>
      </Card>

      <Card title={t('imports.step.upload')}>
        {jobId && job.data ? (
          <ImportJobPanel job={job.data} onAgain={again} />
        ) : jobGone ? (
          <Alert
            type="warning"
            showIcon
            title={t('imports.jobGone')}
            action={<Button onClick={again}>{t('imports.again')}</Button>}
          />
        ) : (
          <Flex vertical gap={12}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={upload.isPending || Boolean(jobId)}
              beforeUpload={(file) => {
                start(file);
                return Upload.LIST_IGNORE;
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('imports.drop')}</p>
              <p className="ant-upload-hint">{t('imports.dropHint', { kind: IMPORT_KIND_LABELS[kind][lang] })}</p>
            </Upload.Dragger>
            {upload.error && (
              <Alert type="error" showIcon title={errorText(upload.error, lang)} data-testid="import-upload-error" />
            )}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
