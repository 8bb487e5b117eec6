import { App, Form, Input, Modal, Radio } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError, errorText } from '../../../app/api';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { EnterpriseSelect } from '../../investment/pickers';
import { ProcedureFields } from './ProcedureFields';
import { useDossierMutations } from './queries';

/** The desk records a paper dossier with the outcome of its check (Decree 61/2018 Art. 17). */
export function DeskDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const outcome = Form.useWatch('outcome', form);
  const { desk } = useDossierMutations();

  const send = async () => {
    const values = await form.validateFields();
    try {
      const d = await desk.mutateAsync(values);
      message.success(t('dossier.desk.ok', { code: d.code }));
      onClose();
      navigate(`${PATHS.dossiers}/${d.id}`);
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.fieldErrors(lang));
      message.error(errorText(e, lang));
    }
  };

  return (
    <Modal
      open={open}
      title={t('dossier.desk.title')}
      onCancel={onClose}
      onOk={send}
      confirmLoading={desk.isPending}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ channel: 'in_person', outcome: 'receive' }}>
        <Form.Item name="channel" label={t('dossier.field.channel')}>
          <Radio.Group
            options={[
              { value: 'in_person', label: t('dossier.channel.in_person') },
              { value: 'post', label: t('dossier.channel.post') },
            ]}
          />
        </Form.Item>
        <ProcedureFields onlineOnly={false} />
        <Form.Item name="applicantEnterpriseId" label={t('dossier.field.enterprise')}>
          <EnterpriseSelect />
        </Form.Item>
        <Form.Item name="outcome" label={t('dossier.field.outcome')}>
          <Radio.Group
            options={(['receive', 'request_supplement', 'refuse'] as const).map((o) => ({
              value: o,
              label: t(`dossier.outcome.${o}`),
            }))}
          />
        </Form.Item>
        {outcome !== 'receive' && (
          <Form.Item name="reason" label={t('dossier.field.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
