import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLocale } from '../../app/locale';
import { listUrl, type Params, URLS } from './queries';

/**
 * "Xuất Excel": a plain link to `/api/reports.xlsx` with the list's current filters (the same
 * query string as the list), like every registry list.
 */
export function ExportLink({ params, multi }: { params: Params; multi: Record<string, readonly string[]> }) {
  const { t } = useLocale();
  return (
    <Button
      icon={<DownloadOutlined />}
      href={listUrl(URLS.reportsXlsx, params, multi)}
      download
      data-testid="reports-export"
    >
      {t('reporting.exportExcel')}
    </Button>
  );
}
