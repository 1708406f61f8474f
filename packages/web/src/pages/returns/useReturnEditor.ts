import { App } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { thisYear } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import type { SheetNotesProps } from '../../components/ImportResult.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import { useLoad } from '../../components/useLoad.ts';
import {
  chosenPeriod,
  DEFAULT_WORKING_DAYS,
  knownPeriod,
  levelAfterForm,
  type PeriodKind,
  partOf,
  type ReadPeriod,
  shownDeadline,
} from './return-period.ts';
import { type NewReturn, type ReturnDetail, type ReturnForm, returnsApi } from './returns-api.ts';

/** A blank form: one section, named in the page's language (the clerk renames it). */
export const emptyForm = (t: TFunction): ReturnForm => ({
  sections: [{ key: 's1', title: t('ret.edit.firstSection'), fields: [], tables: [] }],
  rules: [],
});

/** The rules as typed, one a line: blank lines dropped. */
const rulesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((expr) => ({ expr }));

/** The return editor's data and actions: the return's head, its form, saving and issuing. */
export function useReturnEditor(existing: ReturnDetail | null) {
  const { modal } = App.useApp();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const figures = useLoad(() => returnsApi.figures(), []);
  const shipped = useLoad(() => returnsApi.forms(), []);
  const { me } = useSession();
  const home = useHomeOrgId();
  // the union that issues the return: the clerk's own; the administrator, who has none, chooses it
  const [chosen, setChosen] = useState<number | null>(null);
  const orgId = existing?.orgId ?? chosen ?? home;
  const previous = useLoad(
    () => (orgId ? returnsApi.previous(orgId) : Promise.resolve({ items: [], total: 0 })),
    [orgId],
  );
  const year = thisYear();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [kind, setKind] = useState<PeriodKind>(existing?.periodKind ?? 'year');
  const [periodYear, setPeriodYear] = useState(existing ? Number(existing.periodTo.slice(0, 4)) : year - 1);
  const [part, setPart] = useState(existing ? partOf(existing) : 1);
  const [range, setRange] = useState<[string, string]>(
    existing ? [existing.periodFrom, existing.periodTo] : [`${year}-01-01`, `${year}-12-31`],
  );
  const [level, setLevel] = useState(existing?.targetLevel ?? 4);
  // a level the clerk picked (or the draft's) is not replaced by the level of a form taken after it
  const [levelChosen, setLevelChosen] = useState(existing !== null);
  const chooseLevel = (l: number) => {
    setLevel(l);
    setLevelChosen(true);
  };
  const [workingDays, setWorkingDays] = useState(DEFAULT_WORKING_DAYS);
  // a new return's deadline is shown, and saved, as the default working days from today until the clerk picks one
  const counted = useLoad(
    () => (existing ? Promise.resolve(null) : returnsApi.deadline(DEFAULT_WORKING_DAYS)),
    [existing === null],
  );
  const [picked, setDeadline] = useState<string | null | undefined>(existing?.deadline);
  const deadline = shownDeadline(picked, counted.data?.deadline);
  const [form, setForm] = useState<ReturnForm>(() => existing?.form ?? emptyForm(t));
  const [rulesText, setRulesText] = useState((existing?.form.rules ?? []).map((r) => r.expr).join('\n'));
  const [problems, setProblems] = useState<string[]>([]);
  const [savedId, setSavedId] = useState<number | null>(existing?.id ?? null);
  const [busy, setBusy] = useState(false);
  /** The day the return was issued (a paper return of the past recorded now); null is today (ADR 40). */
  const [issuedOn, setIssuedOn] = useState<string | null>(null);
  const [start, setStart] = useState<'shipped' | 'blank' | 'sheet' | 'previous'>('shipped');
  const [formKey, setFormKey] = useState<NewReturn['formKey']>(null);
  const [sheetNotes, setSheetNotes] = useState<SheetNotesProps | null>(null);
  // what the clerk has set, as it stood when the page opened or was last saved: leaving with changes asks first
  const typed = JSON.stringify({
    title,
    kind,
    periodYear,
    part,
    range,
    level,
    picked,
    form,
    rulesText,
    formKey,
  });
  const [savedTyped, setSavedTyped] = useState(typed);
  const leave = useLeaveGuard(typed !== savedTyped);

  // the server says which days a period holds (a survey year as the union's setting says)
  const period = useLoad(
    () =>
      kind === 'range' || !orgId ? Promise.resolve(null) : returnsApi.period(kind, periodYear, part, orgId),
    [kind, periodYear, part, orgId],
  );
  const settings = useLoad(() => (orgId ? returnsApi.settings(orgId) : Promise.resolve(null)), [orgId]);
  // the period's days for what is chosen now; while they are read again (another choice, or the page moved by the
  // draft's first save) the days last read for the same choice stand, and until known nothing is saved or issued
  const choice = chosenPeriod(kind, periodYear, part, orgId);
  const lastRead = useRef<ReadPeriod | null>(null);
  if (kind !== 'range' && period.data) lastRead.current = { chosen: choice, ...period.data };
  const known = knownPeriod(kind, choice, range, lastRead.current, existing);
  const periodKnown = known !== null;
  const [from, to] = known ?? ['', ''];
  const setSections = (fn: (s: ReturnForm['sections']) => ReturnForm['sections']) =>
    setForm((f) => ({ ...f, sections: fn(f.sections) }));
  const applyForm = (
    f: ReturnForm,
    meta?: { title?: string; periodKind?: PeriodKind; targetLevel?: number; formKey?: NewReturn['formKey'] },
  ) => {
    setForm(f);
    setFormKey(meta?.formKey ?? null);
    setRulesText(f.rules.map((r) => r.expr).join('\n'));
    if (meta?.title && !title) setTitle(`${periodYear}年${meta.title}`);
    if (meta?.periodKind) setKind(meta.periodKind);
    setLevel(levelAfterForm(level, levelChosen, meta?.targetLevel));
  };
  const body = (): NewReturn => ({
    ...(orgId ? { orgId } : {}),
    title,
    periodKind: kind,
    periodFrom: from,
    periodTo: to,
    targetLevel: level,
    deadline: deadline ?? '',
    ...(formKey ? { formKey } : {}),
    form: {
      ...form,
      rules: rulesOf(rulesText),
    },
  });
  const save = async () => {
    if (!periodKnown) return feedback.refuse(t('ret.edit.periodLoading'));
    if (!title.trim()) return feedback.refuse(t('ret.edit.needTitle'));
    if (!deadline) return feedback.refuse(t('ret.edit.needDeadline'));
    setBusy(true);
    try {
      const r = savedId ? await returnsApi.update(savedId, body()) : await returnsApi.create(body());
      setSavedId(r.id);
      setSavedTyped(typed);
      setProblems([]);
      feedback.success(t('ret.edit.saved'));
      if (!savedId) {
        leave.allow();
        navigate(`/returns/${r.id}/edit`, { replace: true });
      }
    } catch (err) {
      const list =
        err instanceof ApiError
          ? (err.details as { problems?: { zh: string; en: string }[] } | undefined)?.problems
          : undefined;
      if (list) setProblems(list.map((p) => (i18n.language === 'en' ? p.en : p.zh)));
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  const issue = () =>
    savedId &&
    modal.confirm({
      title: t('ret.actions.issueConfirm'),
      okButtonProps: { 'data-testid': 'ret-issue-ok' } as never,
      onOk: async () => {
        if (!periodKnown) return feedback.refuse(t('ret.edit.periodLoading'));
        try {
          await returnsApi.update(savedId, body());
          const r = await returnsApi.issue(savedId, issuedOn);
          feedback.success(t('ret.actions.issued', r));
          leave.allow();
          navigate(`/returns/${savedId}`);
        } catch (err) {
          feedback.error(err);
        }
      },
    });

  return {
    existing,
    figures,
    shipped,
    me,
    orgId,
    setChosen,
    previous,
    title,
    setTitle,
    kind,
    setKind,
    periodYear,
    setPeriodYear,
    part,
    setPart,
    range,
    setRange,
    level,
    setLevel: chooseLevel,
    deadline,
    setDeadline,
    workingDays,
    setWorkingDays,
    form,
    rulesText,
    setRulesText,
    problems,
    savedId,
    busy,
    issuedOn,
    setIssuedOn,
    start,
    setStart,
    sheetNotes,
    setSheetNotes,
    period,
    settings,
    from,
    to,
    periodKnown,
    setSections,
    applyForm,
    save,
    issue,
  };
}

export type ReturnEditor = ReturnType<typeof useReturnEditor>;
