import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import type { SheetNotesProps } from '../../components/ImportResult.tsx';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import { returnNotes } from './return-notes.ts';
import { returnsApi, type Submission } from './returns-api.ts';
import { cellKey } from './SubmissionPage.tables.tsx';
import { cellErrorsOf, sheetErrors } from './submission-parts.tsx';

/** A union's return being filled or reviewed: what is typed, the days given, the dialogs open, and the actions. */
export function useSubmission(s: Submission, reload: () => void) {
  const { modal } = App.useApp();
  const { t, i18n } = useTranslation();
  /** The values the server refused at the last save or upload, by key: shown at their cells. */
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const markCells = (err: unknown) => setCellErrors(cellErrorsOf(err, i18n.language === 'en') ?? {});
  const typed = (key: string, v: string) => {
    setEdits((e) => ({ ...e, [key]: v }));
    setCellErrors(({ [key]: _, ...rest }) => rest);
  };
  const feedback = useFeedback();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  /** The day a return handed in on paper was received (ADR 40); null is today. */
  const [receivedOn, setReceivedOn] = useState<string | null>(null);
  /** The day the union above decided (accepted, sent back, marked not reported, reopened); null is today. */
  const [reviewOn, setReviewOn] = useState<string | null>(null);
  const [history, setHistory] = useState(false);
  const [sendingBack, setSendingBack] = useState(false);
  const [marking, setMarking] = useState<{ orgId: number; name: string } | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);
  const [notes, setNotes] = useState<SheetNotesProps | null>(null);
  const editable = s.can.edit;
  const textOf = (key: string) => edits[key] ?? s.values[key]?.text ?? '';
  const reasonOf = (key: string) => reasons[key] ?? s.values[key]?.reason ?? '';
  const dirty = Object.keys(edits).length + Object.keys(reasons).length > 0;
  useLeaveGuard(dirty);
  const returned = returnNotes(s);
  const allFields: { key: string; label: string }[] = s.form.sections.flatMap((sec) => [
    ...sec.fields.map((f) => ({ key: f.key, label: f.label })),
    ...sec.tables.flatMap((tb) =>
      (tb.rows ?? []).flatMap((r) =>
        tb.columns.map((c) => ({
          key: cellKey(tb.key, r.key, c.key),
          label: `${tb.label}·${r.label}·${c.label}`,
        })),
      ),
    ),
  ]);

  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await fn();
      if (done) feedback.success(done);
      reload();
      return true;
    } catch (err) {
      markCells(err);
      feedback.error(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const keys = [...new Set([...Object.keys(edits), ...Object.keys(reasons)])];
    if (!keys.length) return true;
    return run(
      () =>
        returnsApi.save(s.returnId, s.orgId, {
          version: s.version,
          values: keys.map((key) => ({ key, value: textOf(key) || null, reason: reasonOf(key) || null })),
        }),
      t('ret.fill.saved'),
    );
  };
  const submit = () =>
    modal.confirm({
      title: t('ret.fill.submitConfirm'),
      okButtonProps: { 'data-testid': 'ret-submit-ok' } as never,
      onOk: async () => {
        if (dirty && !(await save())) return;
        await run(() => returnsApi.submit(s.returnId, s.orgId, receivedOn), t('ret.fill.submitted'));
      },
    });
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const r = await returnsApi.upload(s.returnId, s.orgId, file);
      feedback.success(t('ret.fill.uploaded', { n: r.rows }));
      setErrors(null);
      setNotes(r);
      reload();
    } catch (err) {
      const rows = sheetErrors(err);
      markCells(err);
      if (rows) setErrors(rows.map((e) => (i18n.language === 'en' ? e.en : e.zh)));
      else feedback.error(err);
    } finally {
      setBusy(false);
    }
  };

  return {
    cellErrors,
    typed,
    edits,
    setEdits,
    setReasons,
    busy,
    receivedOn,
    setReceivedOn,
    reviewOn,
    setReviewOn,
    history,
    setHistory,
    sendingBack,
    setSendingBack,
    marking,
    setMarking,
    errors,
    setErrors,
    notes,
    editable,
    textOf,
    reasonOf,
    dirty,
    returned,
    allFields,
    run,
    save,
    submit,
    upload,
  };
}

export type SubmissionState = ReturnType<typeof useSubmission>;
