import { CheckCircleOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useLocale } from '../../app/locale';
import { formatHourMinute } from './labels';

/**
 * Beside the form: the autosave state ("Đã lưu nháp lúc HH:mm", the server's time of the save),
 * Save draft, Submit and back to the list. In revision, Save and Submit wait for an edit.
 */
export function FormActions({
  saving,
  dirty,
  savedAt,
  saved,
  canSave,
  canSubmit,
  waitingForEdit,
  onSave,
  onSubmit,
  onBack,
}: {
  saving: boolean;
  dirty: boolean;
  savedAt: Date | null;
  /** The report exists on the server. */
  saved: boolean;
  canSave: boolean;
  canSubmit: boolean;
  waitingForEdit: boolean;
  onSave: () => void;
  onSubmit: () => void;
  onBack: () => void;
}) {
  const { t } = useLocale();
  const state = saving
    ? t('reporting.autosave.saving')
    : dirty
      ? t('reporting.autosave.unsaved')
      : savedAt
        ? t('reporting.autosave.savedAt', { time: formatHourMinute(savedAt) })
        : saved
          ? t('reporting.autosave.upToDate')
          : t('reporting.autosave.new');
  return (
    <Card size="small" data-testid="report-actions">
      <Flex vertical gap={10}>
        <Typography.Text type="secondary" data-testid="autosave-state">
          {state}
          {savedAt && !dirty && !saving && <CheckCircleOutlined style={{ color: '#389e0d', marginInlineStart: 6 }} />}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Button
            icon={<SaveOutlined />}
            onClick={onSave}
            disabled={!canSave}
            loading={saving}
            data-testid="report-save"
          >
            {t('reporting.action.save')}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            onClick={onSubmit}
            disabled={!canSubmit}
            data-testid="report-submit"
          >
            {t('reporting.action.submit')}
          </Button>
          <Button onClick={onBack} data-testid="report-cancel">
            {t('reporting.backToList')}
          </Button>
        </Flex>
        {waitingForEdit && (
          <Typography.Text type="warning" style={{ fontSize: 13 }}>
            {t('reporting.revision.editFirst')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
