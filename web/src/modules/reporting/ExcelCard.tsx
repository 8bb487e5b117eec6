import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography, Upload } from 'antd';
import type { ReportTypeId, WorkbookFill } from '../../../../src/modules/reporting/contract';
import { withQuery } from '../../app/api';
import { useLocale } from '../../app/locale';
import { useFillFromWorkbook } from './files-api';
import { ImportFailure } from './ImportOutcome';
import { URLS } from './queries';

/**
 * The report by Excel (C.9): this project's and period's template, filled offline and uploaded;
 * the server reads it without writing anything and the figures fill the form, where the
 * enterprise checks them and then saves or submits as if typed.
 */
export function ExcelCard({
  typeId,
  period,
  projectId,
  disabled,
  onFilled,
}: {
  typeId: ReportTypeId;
  period: string;
  projectId: string;
  disabled: boolean;
  onFilled: (fill: WorkbookFill) => void;
}) {
  const { t } = useLocale();
  const upload = useFillFromWorkbook();
  return (
    <Card size="small" title={t('reporting.excel.title')} data-testid="report-excel">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('reporting.excel.oneHint')}</Typography.Text>
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined />}
            href={withQuery(URLS.template, { typeId, period, projectId })}
            download
            data-testid="report-template"
          >
            {t('reporting.excel.template')}
          </Button>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            disabled={disabled || upload.isPending}
            beforeUpload={(file) => {
              upload.mutate({ file, typeId, period, projectId }, { onSuccess: onFilled });
              return Upload.LIST_IGNORE;
            }}
          >
            <Button
              icon={<UploadOutlined />}
              loading={upload.isPending}
              disabled={disabled}
              data-testid="report-upload"
            >
              {t('reporting.excel.upload')}
            </Button>
          </Upload>
        </Flex>
        {upload.error && <ImportFailure error={upload.error} compact />}
      </Flex>
    </Card>
  );
}
