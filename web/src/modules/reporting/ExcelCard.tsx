import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography, Upload } from 'antd';
import type { ReportTypeId } from '../../../../src/modules/reporting/contract';
import { withQuery } from '../../app/api';
import { useLocale } from '../../app/locale';
import { ImportFailure } from './ImportOutcome';
import { type ImportResult, URLS, useImportWorkbook } from './queries';

/**
 * The report by Excel (C.9): this project's and period's template, filled offline and uploaded;
 * the figures are saved as the draft (nothing is submitted) and shown in the form to check.
 */
export function ExcelCard({
  typeId,
  period,
  projectId,
  disabled,
  onImported,
}: {
  typeId: ReportTypeId;
  period: string;
  projectId: string;
  disabled: boolean;
  onImported: (item: ImportResult['items'][number]) => void;
}) {
  const { t } = useLocale();
  const upload = useImportWorkbook();
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
              upload.mutate(
                { file, submit: false },
                {
                  onSuccess: (result) => {
                    const item = result.items.find((i) => i.row > 0) ?? result.items[0];
                    if (item) onImported(item);
                  },
                },
              );
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
