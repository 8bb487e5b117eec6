import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, List, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { DossierDetail } from '../../../../../src/modules/onestop/dossiers/contract';
import { errorText } from '../../../app/api';
import { formatDateTime, formatNumber } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { useMe } from '../../../app/session';
import { useDossierMutations } from './queries';

const KINDS = ['application', 'supplement', 'result', 'notice', 'other'] as const;

/** The dossier's files: download any, upload one (the server checks format and size). */
export function DocumentsCard({ dossier }: { dossier: DossierDetail }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { upload } = useDossierMutations();
  const enterprise = me?.role === 'enterprise';
  const kinds = KINDS.filter((k) => !enterprise || (k !== 'result' && k !== 'notice'));
  const [kind, setKind] = useState<(typeof KINDS)[number]>(
    dossier.state.startsWith('supplement') ? 'supplement' : 'application',
  );
  const [title, setTitle] = useState('');
  const canUpload = me && me.role !== 'ministry';

  return (
    <Card size="small" title={t('dossier.section.documents')}>
      <List
        size="small"
        dataSource={dossier.documents}
        locale={{ emptyText: t('dossier.doc.none') }}
        renderItem={(doc) => (
          <List.Item>
            <Flex vertical gap={0}>
              <a href={`/api/dossiers/${dossier.id}/documents/${doc.id}`} data-testid="dossier-document">
                {doc.title}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`dossier.doc.kind.${doc.kind as (typeof KINDS)[number]}`)} · {doc.fileName} ·{' '}
                {formatNumber(Math.ceil(doc.sizeBytes / 1024))} KB · {formatDateTime(doc.uploadedAt)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {canUpload && (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          <Select
            value={kind}
            onChange={setKind}
            options={kinds.map((k) => ({ value: k, label: t(`dossier.doc.kind.${k}`) }))}
          />
          <Input placeholder={t('dossier.doc.title')} value={title} onChange={(e) => setTitle(e.target.value)} />
          <Upload
            showUploadList={false}
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
            beforeUpload={(file) => {
              upload
                .mutateAsync({ id: dossier.id, file, meta: { kind, title: title.trim() || file.name } })
                .then(() => {
                  message.success(t('dossier.doc.ok', { name: file.name }));
                  setTitle('');
                })
                .catch((e: unknown) => message.error(errorText(e, lang)));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="dossier-upload">
              {t('dossier.doc.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('dossier.doc.hint')}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
