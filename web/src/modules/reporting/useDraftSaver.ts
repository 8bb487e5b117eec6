import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportFieldView, ReportTypeId, ReportValues } from '../../../../src/modules/reporting/contract';
import { ApiError } from '../../app/api';
import { toApiDecimal } from './numbers';
import { type Report, useReportMutations } from './queries';

/** What the form holds: numbers as typed (vi-VN text), flags as booleans. */
export type FormValues = Record<string, string | boolean | undefined>;

export function toApiValues(fields: readonly ReportFieldView[], form: FormValues): ReportValues {
  const out: ReportValues = {};
  for (const f of fields) {
    const v = form[f.key];
    if (f.kind === 'flag') out[f.key] = typeof v === 'boolean' ? v : null;
    else out[f.key] = typeof v === 'string' ? toApiDecimal(v) : null;
  }
  return out;
}

export function fromApiValues(fields: readonly ReportFieldView[], values: ReportValues): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.kind === 'flag') out[f.key] = typeof v === 'boolean' ? v : undefined;
    else out[f.key] = v === null || v === undefined || typeof v === 'boolean' ? '' : formatShown(v);
  }
  return out;
}

function formatShown(v: string | number): string {
  const text = String(v);
  const [whole, fraction] = text.split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction?.replace(/0+$/, '');
  return trimmed ? `${grouped},${trimmed}` : grouped;
}

const hasAny = (values: ReportValues) => Object.values(values).some((v) => v !== null && v !== '');

export type SaveOutcome =
  | { ok: true; report: Report }
  | { ok: false; error: unknown }
  /** Nothing typed yet on a new report: nothing to save (C.3: at least one field). */
  | { ok: 'empty' };

/**
 * Saving the draft: created on the first save (the report does not exist until something is
 * typed), then updated with the `updatedAt` last read (a 409 means someone else saved). Autosave
 * waits 1.5 s after the last edit; `flush` saves now (before a submit or on "Lưu nháp").
 */
export function useDraftSaver({
  report,
  create,
  fields,
  enabled,
  getValues,
  onSaved,
  onError,
}: {
  report: Report | null;
  create: { typeId: ReportTypeId; period: string; projectId: string } | null;
  fields: readonly ReportFieldView[];
  enabled: boolean;
  getValues: () => FormValues;
  onSaved: (report: Report, created: boolean) => void;
  onError: (error: unknown) => void;
}) {
  const mutations = useReportMutations();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [saving, setSaving] = useState(false);
  /** Edits not yet saved (counts keystrokes so an edit during a save is not lost). */
  const [pending, setPending] = useState(0);
  const savedUpTo = useRef(0);
  const edits = useRef(0);
  const current = useRef<Report | null>(report);
  current.current = report;
  const inFlight = useRef<Promise<SaveOutcome> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = useCallback(async (): Promise<SaveOutcome> => {
    if (inFlight.current) await inFlight.current;
    const upTo = edits.current;
    const values = toApiValues(fields, getValues());
    const existing = current.current;
    if (!existing && !hasAny(values)) return { ok: 'empty' };
    setSaving(true);
    const run = (async (): Promise<SaveOutcome> => {
      try {
        const saved = existing
          ? await mutations.update.mutateAsync({ id: existing.id, body: { updatedAt: existing.updatedAt, values } })
          : await mutations.create.mutateAsync({ ...create!, values });
        current.current = saved;
        savedUpTo.current = upTo;
        setPending(edits.current - upTo);
        setSavedAt(new Date(saved.updatedAt));
        onSaved(saved, !existing);
        return { ok: true, report: saved };
      } catch (error) {
        onError(error);
        return { ok: false, error };
      } finally {
        setSaving(false);
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [fields, getValues, mutations.create, mutations.update, create, onSaved, onError]);

  const saveRef = useRef(save);
  saveRef.current = save;

  /**
   * Called on every edit: schedules the autosave. `autosave = false` marks the form unsaved without
   * saving it (figures filled from an Excel file wait for the enterprise to review and save them).
   */
  const touched = useCallback(
    (autosave = true) => {
      edits.current += 1;
      setPending(edits.current - savedUpTo.current);
      if (!enabled || !autosave) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void saveRef.current();
      }, 1500);
    },
    [enabled],
  );

  const flush = useCallback(async (): Promise<SaveOutcome> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (edits.current === savedUpTo.current && current.current) {
      if (inFlight.current) return inFlight.current;
      return { ok: true, report: current.current };
    }
    return saveRef.current();
  }, []);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { savedAt, saving, dirty: pending > 0, touched, flush };
}

/** A 409: someone else saved the report since it was read. */
export const isConflict = (e: unknown) => e instanceof ApiError && e.status === 409;
