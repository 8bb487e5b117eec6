import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLocale } from '../../app/locale';
import { URLS } from './queries';

/** "In / Tải PDF": the report as the server prints it (header and every figure with its unit). */
export function PrintButton({ reportId }: { reportId: string }) {
  const { t } = useLocale();
  return (
    <Button icon={<PrinterOutlined />} href={URLS.pdf(reportId)} target="_blank" data-testid="report-print">
      {t('reporting.print')}
    </Button>
  );
}
