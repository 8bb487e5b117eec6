import { App, Button, DatePicker, Flex, Form, Input, Modal, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AwardsView } from '../../../../../src/modules/emulation/awards/contract';
import { errorText } from '../../../app/api';
import { formatDate } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { useUnit } from '../queries';
import { EligibilityCard } from './EligibilityCard';
import { useAwardWrite, useEligibility } from './queries';

type Member = { id: string; name: string };

type SubjectKind = 'collective' | 'individual';

/**
 * The leader proposes a member unit (collective titles) or one of a member unit's staff
 * (individual titles: the person's positions in the year are shown) for a title: the
 * eligibility, quotas included, shows before anything is signed; the vote it needs is attached.
 */
export function ProposalForm(props: { blockId: string; year: number; view: AwardsView; members: Member[] }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<SubjectKind>('collective');
  const titles = props.view.titles.filter((x) => x.subject === kind);
  const [titleKey, setTitleKey] = useState<string | undefined>(titles[0]?.key);
  const [unitId, setUnitId] = useState<string | undefined>();
  const [personId, setPersonId] = useState<string | undefined>();
  const unit = useUnit(kind === 'individual' ? unitId : undefined);
  const staff = staffOfYear(unit.data?.staff ?? [], props.year);
  const [receivedOn, setReceivedOn] = useState<Dayjs>(dayjs());
  const [ballotId, setBallotId] = useState<string | undefined>();
  const [doc, setDoc] = useState({ toTrinh: '', toTrinhNo: '', bienBan: '', baoCao: '', achievement: '' });
  const on = receivedOn.format('YYYY-MM-DD');
  const eligibility = useEligibility(
    kind === 'collective' ? { titleKey, year: props.year, unitId, on } : { titleKey, year: props.year, personId, on },
  );
  const write = useAwardWrite('post', `/api/emulation/blocks/${props.blockId}/years/${props.year}/proposals`);
  const ballots = props.view.ballots.filter((b) => b.titleKey === titleKey);
  const save = async () => {
    try {
      await write.mutateAsync({
        titleKey,
        subject: kind === 'collective' ? { kind, unitId } : { kind, personId },
        receivedOn: on,
        ...(ballotId ? { ballotId } : {}),
        documents: [
          ...(doc.toTrinh
            ? [{ kind: 'to_trinh', title: doc.toTrinh, ...(doc.toTrinhNo ? { number: doc.toTrinhNo } : {}), date: on }]
            : []),
          ...(doc.bienBan ? [{ kind: 'bien_ban', title: doc.bienBan }] : []),
          ...(doc.baoCao ? [{ kind: 'bao_cao_thanh_tich', title: doc.baoCao }] : []),
        ],
        achievement: doc.achievement,
      });
      message.success(t('emulation.score.saved'));
      setOpen(false);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="new-proposal">
        {t('emulation.award.newProposal')}
      </Button>
      <Modal
        open={open}
        width={900}
        title={t('emulation.award.newProposal')}
        onCancel={() => setOpen(false)}
        onOk={save}
        confirmLoading={write.isPending}
        okButtonProps={{ disabled: eligibility.data?.outcome === 'not_eligible' }}
      >
        <Form layout="vertical">
          <Form.Item label={t('emulation.award.subjectKind')}>
            <Segmented<SubjectKind>
              value={kind}
              onChange={(k) => {
                setKind(k);
                setTitleKey(props.view.titles.find((x) => x.subject === k)?.key);
                setPersonId(undefined);
                setBallotId(undefined);
              }}
              options={[
                { value: 'collective', label: t('emulation.award.subject.collective') },
                { value: 'individual', label: t('emulation.award.subject.individual') },
              ]}
              data-testid="proposal-kind"
            />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item label={t('emulation.award.title')} style={{ minWidth: 320 }}>
              <Select
                value={titleKey}
                onChange={(v) => {
                  setTitleKey(v);
                  setBallotId(undefined);
                }}
                options={titles.map((x) => ({ value: x.key, label: lang === 'vi' ? x.nameVi : x.nameEn }))}
                data-testid="proposal-title"
              />
            </Form.Item>
            <Form.Item
              label={kind === 'collective' ? t('emulation.award.candidate') : t('emulation.award.personUnit')}
              style={{ minWidth: 320 }}
            >
              <Select
                value={unitId}
                onChange={(v) => {
                  setUnitId(v);
                  setPersonId(undefined);
                }}
                options={props.members.map((m) => ({ value: m.id, label: m.name }))}
                data-testid="proposal-unit"
              />
            </Form.Item>
            {kind === 'individual' && (
              <Form.Item
                label={t('emulation.award.person')}
                style={{ minWidth: 360 }}
                help={unitId && !unit.isLoading && staff.length === 0 ? t('emulation.award.noStaff') : undefined}
              >
                <Select
                  value={personId}
                  onChange={setPersonId}
                  loading={unit.isLoading}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={staff.map((p) => ({
                    value: p.personId,
                    label: `${p.fullName} — ${p.positions
                      .map(
                        (x) => `${x.title} (${formatDate(x.validFrom)} – ${x.validTo ? formatDate(x.validTo) : '…'})`,
                      )
                      .join('; ')}`,
                  }))}
                  data-testid="proposal-person"
                />
              </Form.Item>
            )}
            <Form.Item label={t('emulation.award.receivedOn')}>
              <DatePicker
                format="DD/MM/YYYY"
                value={receivedOn}
                onChange={(d) => d && setReceivedOn(d)}
                allowClear={false}
              />
            </Form.Item>
            {titles.find((x) => x.key === titleKey)?.vote && (
              <Form.Item label={t('emulation.award.ballot')} style={{ minWidth: 240 }}>
                <Select
                  allowClear
                  value={ballotId}
                  onChange={setBallotId}
                  options={ballots.map((b) => ({ value: b.id, label: `${b.titleVi} — ${b.heldOn}` }))}
                  data-testid="proposal-ballot"
                />
              </Form.Item>
            )}
          </Flex>
          {eligibility.data && <EligibilityCard e={eligibility.data} />}
          <Flex gap={12} wrap style={{ marginTop: 12 }}>
            <Form.Item label={t('emulation.award.toTrinh')} style={{ flex: 1, minWidth: 260 }}>
              <Flex gap={6}>
                <Input
                  style={{ width: 140 }}
                  placeholder="05/TTr-KTĐ"
                  value={doc.toTrinhNo}
                  onChange={(e) => setDoc({ ...doc, toTrinhNo: e.target.value })}
                />
                <Input
                  value={doc.toTrinh}
                  onChange={(e) => setDoc({ ...doc, toTrinh: e.target.value })}
                  data-testid="proposal-totrinh"
                />
              </Flex>
            </Form.Item>
            <Form.Item label={t('emulation.award.bienBan')} style={{ flex: 1, minWidth: 260 }}>
              <Input value={doc.bienBan} onChange={(e) => setDoc({ ...doc, bienBan: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('emulation.award.baoCao')} style={{ flex: 1, minWidth: 260 }}>
              <Input value={doc.baoCao} onChange={(e) => setDoc({ ...doc, baoCao: e.target.value })} />
            </Form.Item>
          </Flex>
          <Form.Item label={t('emulation.award.achievement')}>
            <Input.TextArea
              rows={2}
              value={doc.achievement}
              onChange={(e) => setDoc({ ...doc, achievement: e.target.value })}
              data-testid="proposal-achievement"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

type Position = { personId: string; fullName: string; title: string; validFrom: string; validTo: string | null };

/** The unit's staff who held a position during the year, each with those positions (the person's history there). */
function staffOfYear(positions: readonly Position[], year: number) {
  const people = new Map<string, { personId: string; fullName: string; positions: Position[] }>();
  for (const p of positions) {
    if (p.validFrom > `${year}-12-31` || (p.validTo !== null && p.validTo < `${year}-01-01`)) continue;
    const person = people.get(p.personId) ?? { personId: p.personId, fullName: p.fullName, positions: [] };
    person.positions.push(p);
    people.set(p.personId, person);
  }
  return [...people.values()]
    .map((x) => ({ ...x, positions: x.positions.sort((a, b) => a.validFrom.localeCompare(b.validFrom)) }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
}
