import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { splitBilingual } from '../../../../../src/kernel/bilingual';
import {
  type CriteriaGroup,
  ScoreSheet,
  type SheetLine,
  type TieBreak,
} from '../../../../../src/modules/emulation/scoring/contract';
import { sheetMaximum, sheetProblems } from '../../../../../src/modules/emulation/scoring/sheet';
import { errorText } from '../../../app/api';
import { formatNumber } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { useAwardWrite } from './queries';
import { blankLine, type Errors, fieldStatus, newKey, SheetLinesEditor } from './SheetLinesEditor';

/** The shape to fill in when a block has no sheet yet: one group with one criterion, nothing else. */
const skeleton = (): ScoreSheet => ({
  groups: [{ key: newKey('nhom'), nameVi: '', nameEn: '', criteria: [blankLine('tc')] }],
  bonuses: [],
  bonusCap: null,
  penalties: [],
  crossScoring: 'leader',
  tieBreaks: [],
});

/** An empty English name takes the Vietnamese one, so the officer need not translate. */
const withEnglish = <T extends { nameVi: string; nameEn: string }>(x: T): T => ({
  ...x,
  nameEn: x.nameEn.trim() || x.nameVi,
});
const complete = (s: ScoreSheet): ScoreSheet => ({
  ...s,
  groups: s.groups.map((g) => ({ ...withEnglish(g), criteria: g.criteria.map(withEnglish) })),
  bonuses: s.bonuses.map(withEnglish),
  penalties: s.penalties.map(withEnglish),
});

/**
 * The organiser issues the year's sheet (a new version while nobody has submitted a self-score):
 * criteria groups with their criteria and maximum points, bonus items within a cap, penalty items,
 * which lines need evidence, who cross-scores and the tie-break order. Checked by the same zod
 * contract and sheet rules as the server before it is sent; errors show beside the fields.
 */
export function SheetEditor(props: {
  blockId: string;
  year: number;
  current: ScoreSheet | null;
  basis: string | null;
}) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [sheet, setSheet] = useState<ScoreSheet>(props.current ?? skeleton());
  const [basis, setBasis] = useState(props.basis ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const write = useAwardWrite<{ definition: ScoreSheet; basis: string }>(
    'put',
    `/api/emulation/blocks/${props.blockId}/years/${props.year}/scoring/sheet`,
  );
  const patch = (p: Partial<ScoreSheet>) => setSheet({ ...sheet, ...p });
  const setGroup = (i: number, g: Partial<CriteriaGroup>) =>
    patch({ groups: sheet.groups.map((x, k) => (k === i ? { ...x, ...g } : x)) });
  const save = async () => {
    const candidate = complete(sheet);
    const parsed = ScoreSheet.safeParse(candidate);
    const found: Errors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        found[issue.path.join('.')] ??= localMessage(issue, lang, t('emulation.required'));
    } else {
      for (const p of sheetProblems(parsed.data)) found[p.path] = lang === 'vi' ? p.vi : p.en;
    }
    // An empty Vietnamese name empties the English one too: one error per row is enough.
    for (const path of Object.keys(found))
      if (path.endsWith('.nameEn') && found[path.replace(/nameEn$/, 'nameVi')]) delete found[path];
    if (!basis.trim()) found.basis = t('emulation.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await write.mutateAsync({ definition: candidate, basis });
      message.success(t('emulation.score.saved'));
      setOpen(false);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  const max = ScoreSheet.safeParse(complete(sheet));
  const tieOptions = [
    ...sheet.groups.map((g) => ({
      value: `group:${g.key}`,
      label: t('emulation.sheet.tie.group', { group: g.nameVi || '…' }),
    })),
    { value: 'more_bonus', label: t('emulation.sheet.tie.more_bonus') },
    { value: 'fewer_penalty', label: t('emulation.sheet.tie.fewer_penalty') },
    { value: 'smaller_self_gap', label: t('emulation.sheet.tie.smaller_self_gap') },
  ];
  const tieValue = (x: TieBreak) => (x.kind === 'group' ? `group:${x.group}` : x.kind);
  // Each tie-break once: a repeated one could never separate anybody.
  const unusedTies = tieOptions.filter((o) => !sheet.tieBreaks.some((x) => tieValue(x) === o.value));
  const tieOf = (v: string): TieBreak =>
    v.startsWith('group:') ? { kind: 'group', group: v.slice(6) } : ({ kind: v } as TieBreak);
  const moveTie = (i: number, d: -1 | 1) => {
    const next = [...sheet.tieBreaks];
    [next[i], next[i + d]] = [next[i + d]!, next[i]!];
    patch({ tieBreaks: next });
  };
  const errorCount = Object.keys(errors).length;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="edit-sheet">
        {t('emulation.score.editSheet')}
      </Button>
      <Modal
        open={open}
        width={980}
        title={t('emulation.score.editSheet')}
        onCancel={() => setOpen(false)}
        onOk={save}
        okText={t('emulation.sheet.issue')}
        confirmLoading={write.isPending}
      >
        <Form layout="vertical" data-testid="sheet-editor">
          {errorCount > 0 && (
            <Alert
              type="error"
              showIcon
              title={t('emulation.sheet.errors', { n: errorCount })}
              style={{ marginBottom: 12 }}
            />
          )}
          <Typography.Text type="secondary">
            {max.success ? t('emulation.sheet.maximum', { max: formatNumber(sheetMaximum(max.data)) }) : ''}
          </Typography.Text>
          <Divider titlePlacement="start">{t('emulation.sheet.groups')}</Divider>
          {errors.groups && <Alert type="error" title={errors.groups} style={{ marginBottom: 8 }} />}
          <Flex vertical gap={12}>
            {sheet.groups.map((g, i) => (
              <Card
                key={g.key}
                size="small"
                data-testid={`sheet-group-${i}`}
                title={
                  <Flex gap={8} style={{ paddingTop: 8 }}>
                    <Form.Item style={{ flex: 3, marginBottom: 8 }} {...fieldStatus(errors, `groups.${i}.nameVi`)}>
                      <Input
                        placeholder={t('emulation.sheet.groupName')}
                        value={g.nameVi}
                        onChange={(e) => setGroup(i, { nameVi: e.target.value })}
                        data-testid="group-name"
                      />
                    </Form.Item>
                    <Form.Item style={{ flex: 2, marginBottom: 8 }}>
                      <Input
                        placeholder={t('emulation.sheet.nameEn')}
                        value={g.nameEn}
                        onChange={(e) => setGroup(i, { nameEn: e.target.value })}
                      />
                    </Form.Item>
                  </Flex>
                }
                extra={
                  <Button
                    icon={<DeleteOutlined />}
                    disabled={sheet.groups.length === 1}
                    onClick={() =>
                      patch({
                        groups: sheet.groups.filter((_, k) => k !== i),
                        tieBreaks: sheet.tieBreaks.filter((x) => !(x.kind === 'group' && x.group === g.key)),
                      })
                    }
                  >
                    {t('emulation.sheet.removeGroup')}
                  </Button>
                }
              >
                <SheetLinesEditor
                  lines={g.criteria}
                  onChange={(criteria: SheetLine[]) => setGroup(i, { criteria })}
                  path={`groups.${i}.criteria`}
                  errors={errors}
                  prefix="tc"
                  addLabel={t('emulation.sheet.addCriterion')}
                  testId={`criteria-${i}`}
                />
                {errors[`groups.${i}.criteria`] && (
                  <Typography.Text type="danger">{errors[`groups.${i}.criteria`]}</Typography.Text>
                )}
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() =>
                patch({
                  groups: [
                    ...sheet.groups,
                    { key: newKey('nhom'), nameVi: '', nameEn: '', criteria: [blankLine('tc')] },
                  ],
                })
              }
              data-testid="add-group"
            >
              {t('emulation.sheet.addGroup')}
            </Button>
          </Flex>
          <Divider titlePlacement="start">{t('emulation.sheet.bonuses')}</Divider>
          <SheetLinesEditor
            lines={sheet.bonuses}
            onChange={(bonuses) => patch({ bonuses })}
            path="bonuses"
            errors={errors}
            prefix="thuong"
            addLabel={t('emulation.sheet.addBonus')}
            testId="bonuses"
          />
          <Form.Item
            label={t('emulation.sheet.bonusCap')}
            style={{ marginTop: 8 }}
            {...fieldStatus(errors, 'bonusCap')}
          >
            <InputNumber
              min={0}
              step={0.5}
              decimalSeparator=","
              placeholder={t('emulation.sheet.noCap')}
              value={sheet.bonusCap}
              onChange={(v) => patch({ bonusCap: v ?? null })}
              data-testid="bonus-cap"
            />
          </Form.Item>
          <Divider titlePlacement="start">{t('emulation.sheet.penalties')}</Divider>
          <SheetLinesEditor
            lines={sheet.penalties}
            onChange={(penalties) => patch({ penalties })}
            path="penalties"
            errors={errors}
            prefix="tru"
            addLabel={t('emulation.sheet.addPenalty')}
            testId="penalties"
          />
          <Divider titlePlacement="start">{t('emulation.sheet.crossAndTies')}</Divider>
          <Form.Item label={t('emulation.sheet.crossScoring')}>
            <Radio.Group
              value={sheet.crossScoring}
              onChange={(e) => patch({ crossScoring: e.target.value })}
              options={[
                { value: 'leader', label: t('emulation.sheet.cross.leader') },
                { value: 'rotation', label: t('emulation.sheet.cross.rotation') },
              ]}
            />
          </Form.Item>
          <Form.Item label={t('emulation.sheet.tieBreaks')}>
            <Flex vertical gap={4} data-testid="tie-breaks">
              {sheet.tieBreaks.map((x, i) => (
                <Flex key={tieValue(x)} gap={8} align="start">
                  <Typography.Text style={{ width: 24, marginTop: 5 }}>{i + 1}.</Typography.Text>
                  <Form.Item style={{ marginBottom: 0, width: 420 }} {...fieldStatus(errors, `tieBreaks.${i}`)}>
                    <Select
                      value={tieValue(x)}
                      options={tieOptions.filter((o) => o.value === tieValue(x) || unusedTies.includes(o))}
                      onChange={(v) => patch({ tieBreaks: sheet.tieBreaks.map((y, k) => (k === i ? tieOf(v) : y)) })}
                      data-testid={`tie-${i}`}
                    />
                  </Form.Item>
                  <Button icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => moveTie(i, -1)} />
                  <Button
                    icon={<ArrowDownOutlined />}
                    disabled={i === sheet.tieBreaks.length - 1}
                    onClick={() => moveTie(i, 1)}
                  />
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => patch({ tieBreaks: sheet.tieBreaks.filter((_, k) => k !== i) })}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                style={{ alignSelf: 'start' }}
                disabled={unusedTies.length === 0}
                onClick={() => patch({ tieBreaks: [...sheet.tieBreaks, tieOf(unusedTies[0]!.value)] })}
                data-testid="add-tie"
              >
                {t('emulation.sheet.addTie')}
              </Button>
            </Flex>
          </Form.Item>
          <Form.Item label={t('emulation.basis')} required {...fieldStatus(errors, 'basis')}>
            <Input value={basis} onChange={(e) => setBasis(e.target.value)} data-testid="sheet-basis" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The contract's own bilingual messages, or "required" for an empty text (zod's default is English only). */
function localMessage(issue: { code: string; message: string }, lang: 'vi' | 'en', required: string) {
  const both = splitBilingual(issue.message);
  if (both) return lang === 'vi' ? both.vi : both.en;
  return issue.code === 'too_small' ? required : issue.message;
}
