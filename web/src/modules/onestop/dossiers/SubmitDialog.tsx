import { App, Form, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError, errorText } from '../../../app/api';
import { searchKey } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { useProvincesOn } from '../../zones/queries';
import { ProcedureFields } from './ProcedureFields';
import { useDossierMutations } from './queries';

/** An enterprise submits a dossier online to a province's Board; it opens the dossier after. */
export function SubmitDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const provinces = useProvincesOn(undefined);
  const { submit } = useDossierMutations();

  const send = async () => {
    const values = await form.validateFields();
    try {
      const d = await submit.mutateAsync(values);
      message.success(t('dossier.submit.ok', { code: d.code }));
      form.resetFields();
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
      title={t('dossier.submit.title')}
      onCancel={onClose}
      onOk={send}
      okText={t('dossier.submit.open')}
      confirmLoading={submit.isPending}
      width={640}
      destroyOnHidden
      okButtonProps={{ id: 'dossier-submit' }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="provinceCode" label={t('dossier.field.province')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
            options={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: p.name }))}
            loading={provinces.isLoading}
            data-testid="dossier-province"
          />
        </Form.Item>
        <ProcedureFields onlineOnly />
      </Form>
    </Modal>
  );
}
