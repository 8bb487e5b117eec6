import type { ButtonProps } from 'antd';
import { Alert, Checkbox, Flex, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../../app/locale';

/**
 * The submit confirmation (C.3): nothing is sent until the submitter ticks "Tôi đã kiểm tra toàn
 * bộ thông tin đã nhập và xác nhận thông tin là chính xác". Confirmed plausibility warnings are
 * listed again so a ×1000 figure is seen twice.
 */
export function SubmitDialog({
  open,
  title,
  confirmed,
  submitting,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  title: string;
  /** "Field: value unit — reason" for every warning the submitter confirmed. */
  confirmed: string[];
  submitting: boolean;
  onCancel: () => void;
  onSubmit: () => void;
}) {
  const { t } = useLocale();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (open) setChecked(false);
  }, [open]);
  return (
    <Modal
      open={open}
      title={t('reporting.submit.title')}
      okText={t('reporting.action.submit')}
      cancelText={t('reporting.cancel')}
      onCancel={onCancel}
      onOk={onSubmit}
      confirmLoading={submitting}
      okButtonProps={{ disabled: !checked, 'data-testid': 'submit-confirm' } as ButtonProps}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="submit-dialog">
        <Typography.Text>{t('reporting.submit.text', { title })}</Typography.Text>
        {confirmed.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('reporting.submit.confirmedWarnings')}
            description={
              <Flex vertical gap={2}>
                {confirmed.map((line) => (
                  <Typography.Text key={line}>• {line}</Typography.Text>
                ))}
              </Flex>
            }
          />
        )}
        <Checkbox checked={checked} onChange={(e) => setChecked(e.target.checked)} data-testid="submit-checkbox">
          <Typography.Text strong>{t('reporting.submit.checkbox')}</Typography.Text>
        </Checkbox>
      </Flex>
    </Modal>
  );
}
