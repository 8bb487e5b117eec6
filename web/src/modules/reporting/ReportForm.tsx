import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Flex, Form, Row } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Currency } from '../../../../src/kernel/money';
import type {
  PlausibilityWarning,
  ReportTypeId,
  ReportTypeVersionView,
  WorkbookFill,
} from '../../../../src/modules/reporting/contract';
import { ApiError, errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { ExcelCard } from './ExcelCard';
import { FormActions } from './FormActions';
import { fromApiDecimal } from './numbers';
import { PrintButton } from './PrintButton';
import { checkReport, type Report, useReportEvents, useReportMutations } from './queries';
import { type ConfirmDraft, ReportFields } from './ReportFields';
import { type HeaderFacts, ReportHeader, RevisionBanner } from './ReportHeader';
import { ReportSide } from './ReportSide';
import { SubmitDialog } from './SubmitDialog';
import { type FormValues, fromApiValues, isConflict, useDraftSaver } from './useDraftSaver';
import { useLeaveGuard } from './useLeaveGuard';
import { WarningSummary } from './WarningSummary';

const fieldOf = (path: string) => path.replace(/^body\.values\./, '').replace(/^body\./, '');

/**
 * The report form of an enterprise: autosaved drafts, the server's field errors on the fields,
 * plausibility warnings from the check (or a 422) on their fields, each to confirm with a reason,
 * and the submit confirmation with its mandatory checkbox. Read-only once submitted.
 */
export function ReportForm({
  report,
  create,
  version,
  currency,
  facts,
}: {
  report: Report | null;
  create: { typeId: ReportTypeId; period: string; projectId: string } | null;
  version: ReportTypeVersionView;
  currency: Currency;
  facts: HeaderFacts;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [search] = useSearchParams();
  const [form] = Form.useForm<FormValues>();
  const { submit } = useReportMutations();
  const events = useReportEvents(report?.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [warnings, setWarnings] = useState<PlausibilityWarning[]>([]);
  const [confirms, setConfirms] = useState<Record<string, ConfirmDraft>>({});
  const [submitOpen, setSubmitOpen] = useState(false);
  const fields = version.fields;
  const editable = report === null || report.actions.edit;
  const inRevision = report?.status === 'revision_requested';
  const [initial] = useState(() => fromApiValues(fields, report?.values ?? {}));

  const showErrors = useCallback(
    (error: unknown) => {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      if (!(error instanceof ApiError)) {
        setFormError(errorText(error, lang));
        return;
      }
      const known = new Set(fields.map((f) => f.key));
      const placed = Object.entries(error.fields)
        .map(([path, m]) => ({ name: fieldOf(path), errors: [lang === 'vi' ? m.message : m.messageEn] }))
        .filter((f) => known.has(f.name));
      form.setFields(placed);
      if (placed[0]) form.scrollToField(placed[0].name, { behavior: 'smooth', block: 'center', focus: true });
      setFormError(placed.length === Object.keys(error.fields).length && placed.length > 0 ? null : error.text(lang));
    },
    [fields, form, lang],
  );

  const saver = useDraftSaver({
    report,
    create,
    fields,
    enabled: editable,
    getValues: useCallback(() => form.getFieldsValue(true) as FormValues, [form]),
    onSaved: useCallback(
      (saved: Report, created: boolean) => {
        setFormError(null);
        client.setQueryData(['reporting', 'report', saved.id], saved);
        if (created) navigate(`${PATHS.reports}/${saved.id}`, { replace: true });
      },
      [client, navigate],
    ),
    onError: showErrors,
  });
  const confirmLeave = useLeaveGuard(saver.dirty || saver.saving);

  // In revision, Save and Submit wait for an edit (CMR_14.4): an edit saved since the request counts.
  const editedSinceRevision = inRevision && (saver.dirty || events.data?.items[0]?.action === 'update');

  const unconfirmed = (list: readonly PlausibilityWarning[]) =>
    list.filter((w) => !(confirms[w.field]?.checked && confirms[w.field]?.reason.trim()));

  const startSubmit = async () => {
    setFormError(null);
    const saved = await saver.flush();
    if (saved.ok === 'empty') {
      setFormError(t('reporting.form.empty'));
      return;
    }
    if (saved.ok === false) return;
    try {
      const result = await checkReport(saved.report.id);
      const errorFields = Object.keys(result.errors);
      if (errorFields.length > 0) {
        showErrors(
          new ApiError(400, 'VALIDATION', t('reporting.form.fixErrors'), t('reporting.form.fixErrors'), result.errors),
        );
        return;
      }
      setWarnings(result.warnings);
      const open = unconfirmed(result.warnings);
      if (open.length > 0) {
        form.scrollToField(open[0]!.field, { behavior: 'smooth', block: 'center' });
        return;
      }
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) {
        showErrors(error);
        return;
      }
    }
    setSubmitOpen(true);
  };

  const doSubmit = async () => {
    if (!report) return;
    const latest = client.getQueryData<Report>(['reporting', 'report', report.id]) ?? report;
    try {
      await submit.mutateAsync({
        id: report.id,
        body: {
          updatedAt: latest.updatedAt,
          confirmations: warnings.map((w) => ({
            field: w.field,
            code: w.code,
            reason: confirms[w.field]?.reason.trim() ?? '',
          })),
        },
      });
      setSubmitOpen(false);
      message.success(t('reporting.submit.done', { code: latest.code }));
      navigate(PATHS.reports);
    } catch (error) {
      setSubmitOpen(false);
      if (error instanceof ApiError && error.status === 422) {
        const again = await checkReport(report.id).catch(() => null);
        if (again) setWarnings(again.warnings);
      }
      showErrors(error);
    }
  };

  /**
   * Figures read from the one-report workbook fill the form, unreadable cells marked on their
   * fields; nothing is saved until the enterprise has checked them and saves or submits.
   */
  const fillFromExcel = (fill: WorkbookFill) => {
    form.setFieldsValue(fromApiValues(fields, fill.values));
    const known = new Set(fields.map((f) => f.key));
    const marked = fill.problems.filter((p) => p.field !== null && known.has(p.field));
    form.setFields([
      ...fields.map((f) => ({ name: f.key, errors: [] as string[] })),
      ...marked.map((p) => ({ name: p.field!, errors: [lang === 'vi' ? p.message : p.messageEn] })),
    ]);
    setWarnings([]);
    setFormError(null);
    saver.touched(false);
    if (fill.problems.length === 0) message.success(t('reporting.excel.filled', { row: fill.row }));
    else {
      message.warning(t('reporting.excel.filledProblems', { count: fill.problems.length }));
      if (marked[0]) form.scrollToField(marked[0].field!, { behavior: 'smooth', block: 'center' });
    }
  };

  // "Nộp" from the list opens the form and starts the submit (CF_09), once.
  const autoSubmitted = useRef(false);
  useEffect(() => {
    if (search.get('nop') === '1' && report && editable && !autoSubmitted.current) {
      autoSubmitted.current = true;
      void startSubmit();
    }
  });

  const confirmedLines = warnings
    .filter((w) => confirms[w.field]?.checked)
    .map((w) => {
      const label = fields.find((f) => f.key === w.field)?.label[lang] ?? w.field;
      return `${label}: ${fromApiDecimal(w.value)} ${w.unit[lang]} — ${confirms[w.field]?.reason ?? ''}`;
    });

  return (
    <Flex vertical gap={16} data-testid="report-form-page">
      <ReportHeader facts={facts} extra={report ? <PrintButton reportId={report.id} /> : undefined} />
      {report?.revision && inRevision && <RevisionBanner revision={report.revision} fields={fields} />}
      {conflict && (
        <Alert
          type="error"
          showIcon
          title={t('reporting.form.conflict')}
          action={<Button onClick={() => window.location.reload()}>{t('reporting.form.reload')}</Button>}
          data-testid="report-conflict"
        />
      )}
      {formError && <Alert type="error" showIcon title={formError} data-testid="report-form-error" />}
      <WarningSummary warnings={unconfirmed(warnings)} fields={fields} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Form
            form={form}
            layout="vertical"
            initialValues={initial}
            onValuesChange={(changed: FormValues) => {
              const keys = Object.keys(changed);
              form.setFields(keys.map((name) => ({ name, errors: [] })));
              setWarnings((list) => list.filter((w) => !keys.includes(w.field)));
              saver.touched();
            }}
            data-testid="report-form"
          >
            <ReportFields
              version={version}
              currency={currency}
              readOnly={!editable}
              fieldReasons={inRevision ? (report?.revision?.fieldReasons ?? {}) : {}}
              warnings={warnings}
              confirms={confirms}
              onConfirm={(field, next) => setConfirms((c) => ({ ...c, [field]: next }))}
            />
          </Form>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            {editable && (
              <FormActions
                saving={saver.saving}
                dirty={saver.dirty}
                savedAt={saver.savedAt}
                saved={report !== null}
                canSave={!inRevision || saver.dirty}
                canSubmit={!inRevision || editedSinceRevision}
                waitingForEdit={inRevision && !editedSinceRevision}
                onSave={() => void saver.flush()}
                onSubmit={() => void startSubmit()}
                onBack={() => confirmLeave(PATHS.reports)}
              />
            )}
            {editable && (report ?? create) && (
              <ExcelCard
                typeId={(report ?? create)!.typeId}
                period={(report ?? create)!.period}
                projectId={(report ?? create)!.projectId}
                disabled={saver.saving}
                onFilled={fillFromExcel}
              />
            )}
            <ReportSide report={report} fields={fields} />
          </Flex>
        </Col>
      </Row>
      <SubmitDialog
        open={submitOpen}
        title={`${facts.title} — ${facts.periodLabel}`}
        confirmed={confirmedLines}
        submitting={submit.isPending}
        onCancel={() => setSubmitOpen(false)}
        onSubmit={() => void doSubmit()}
      />
    </Flex>
  );
}
