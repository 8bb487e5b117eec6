import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import type { MemberView, Role, SetMembersBody, UnitList } from '../../../../src/modules/emulation/contract';
import { api, errorText, withQuery } from '../../app/api';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { EMULATION_KEY, useEmulationWrite } from './queries';

type Row = { unitId: string; name: string; role: Role };
const ROLES: Role[] = ['leader', 'deputy', 'member'];

/** The organiser sets a year's members and roles by hand (the block's own decision overrides the rotation rule). */
export function MembersEditor({ blockId, year, members }: { blockId: string; year: number; members: MemberView[] }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const [basis, setBasis] = useState('');
  const [error, setError] = useState<string | null>(null);
  const boards = useQuery({
    queryKey: [...EMULATION_KEY, 'boards', year],
    queryFn: ({ signal }) =>
      api.get<UnitList>(withQuery('/api/emulation/units', { kind: 'board', on: `${year}-12-31` }), { signal }),
    enabled: open,
  });
  const save = useEmulationWrite<SetMembersBody>('put', () => `/api/emulation/blocks/${blockId}/years/${year}/members`);
  const start = () => {
    setRows(members.map((m) => ({ unitId: m.unit.id, name: m.unit.name, role: m.role })));
    setBasis('');
    setError(null);
    setOpen(true);
  };
  const setRole = (unitId: string, role: Role) =>
    // One leader and one deputy: giving the role to one member makes the previous holder a member.
    setRows(
      rows.map((r) =>
        r.unitId === unitId ? { ...r, role } : role !== 'member' && r.role === role ? { ...r, role: 'member' } : r,
      ),
    );
  const taken = new Set(rows.map((r) => r.unitId));
  return (
    <>
      <Button icon={<EditOutlined />} onClick={start} style={{ alignSelf: 'start' }} data-testid="members-edit">
        {t('emulation.members.edit', { year })}
      </Button>
      <Modal
        open={open}
        width={760}
        title={t('emulation.members.edit', { year })}
        onCancel={() => setOpen(false)}
        confirmLoading={save.isPending}
        onOk={async () => {
          try {
            await save.mutateAsync({
              members: rows.map((r) => ({ unitId: r.unitId, role: r.role })),
              rotationBasis: basis.trim() || null,
            });
            message.success(t('emulation.saved'));
            setOpen(false);
          } catch (e) {
            setError(errorText(e, lang));
          }
        }}
      >
        <Flex vertical gap={12}>
          {error && <Alert type="error" showIcon title={error} />}
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('emulation.members.add')}
            loading={boards.isLoading}
            value={null}
            options={(boards.data?.items ?? [])
              .filter((u) => !taken.has(u.id))
              .map((u) => ({ value: u.id, label: u.name }))}
            onChange={(id: string) => {
              const unit = boards.data?.items.find((u) => u.id === id);
              if (unit) setRows([...rows, { unitId: unit.id, name: unit.name, role: 'member' }]);
            }}
          />
          <Table<Row>
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('emulation.unit'), dataIndex: 'name' },
              {
                title: t('emulation.role'),
                width: 160,
                render: (_, r) => (
                  <Select<Role>
                    value={r.role}
                    style={{ width: 140 }}
                    onChange={(role) => setRole(r.unitId, role)}
                    options={ROLES.map((role) => ({ value: role, label: t(`emulation.role.${role}` as MessageKey) }))}
                  />
                ),
              },
              {
                title: '',
                width: 80,
                render: (_, r) => (
                  <Button size="small" danger onClick={() => setRows(rows.filter((x) => x.unitId !== r.unitId))}>
                    {t('emulation.members.remove')}
                  </Button>
                ),
              },
            ]}
          />
          <Input
            value={basis}
            onChange={(e) => setBasis(e.target.value)}
            placeholder={t('emulation.members.basis')}
            maxLength={1000}
          />
        </Flex>
      </Modal>
    </>
  );
}
