import { FIGURES } from './returns.figures.ts';
import { parseRule } from './returns.form.rules.ts';
import { type FormField, type FormProblem, labelKey, MAX_FIELDS, type ReturnForm } from './returns.form.ts';

/** Problems with a form's definition: empty labels, duplicate labels, choices, bounds, unknown figures, rules. */
export function checkForm(form: ReturnForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const keys = new Set<string>();
  const labels = new Map<string, string>();
  let count = 0;
  if (!form.sections.length)
    problems.push({ at: 'sections', zh: '表单至少需要一个栏目', en: 'The form needs at least one section' });
  const checkField = (f: FormField, at: string, inTable: boolean) => {
    count += 1;
    if (!f.label.trim()) problems.push({ at, zh: '项目名称不能为空', en: 'A field needs a name' });
    if (f.type === 'choice' && !(f.choices ?? []).some((c) => c.trim()))
      problems.push({
        at,
        zh: `“${f.label}”是选择项，须列出选项`,
        en: `“${f.label}” is a choice: list its options`,
      });
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      problems.push({
        at,
        zh: `“${f.label}”的下限大于上限`,
        en: `“${f.label}”: the minimum exceeds the maximum`,
      });
    if (f.figure !== undefined) {
      const fig = FIGURES[f.figure];
      if (!fig)
        problems.push({
          at,
          zh: `“${f.label}”绑定的统计口径不存在`,
          en: `“${f.label}” is bound to an unknown figure`,
        });
      else if (inTable)
        problems.push({
          at,
          zh: `表格中的“${f.label}”不能绑定统计数`,
          en: `“${f.label}” in a table cannot be bound to a figure`,
        });
      else if (fig.type !== f.type)
        problems.push({
          at,
          zh: `“${f.label}”绑定的“${fig.zh}”是${fig.type === 'money' ? '金额' : '整数'}，项目类型须一致`,
          en: `“${f.label}” is bound to “${fig.en}”, a ${fig.type === 'money' ? 'sum of money' : 'whole number'}: the field's type must match`,
        });
    }
  };
  form.sections.forEach((s, si) => {
    if (!s.title.trim())
      problems.push({ at: `sections.${si}`, zh: '栏目名称不能为空', en: 'A section needs a title' });
    if (!s.fields.length && !s.tables.length)
      problems.push({
        at: `sections.${si}`,
        zh: `栏目“${s.title}”没有项目`,
        en: `Section “${s.title}” has no fields`,
      });
    s.fields.forEach((f, fi) => {
      const at = `sections.${si}.fields.${fi}`;
      if (keys.has(f.key)) problems.push({ at, zh: '项目重复', en: 'Duplicate field' });
      keys.add(f.key);
      const lk = labelKey(f.label);
      if (lk && labels.has(lk))
        problems.push({
          at,
          zh: `项目名称“${f.label}”重复，规则无法区分`,
          en: `The field name “${f.label}” is used twice; rules could not tell them apart`,
        });
      labels.set(lk, f.key);
      checkField(f, at, false);
    });
    s.tables.forEach((t, ti) => {
      const at = `sections.${si}.tables.${ti}`;
      if (keys.has(t.key)) problems.push({ at, zh: '表格重复', en: 'Duplicate table' });
      keys.add(t.key);
      if (!t.label.trim()) problems.push({ at, zh: '表格名称不能为空', en: 'A table needs a name' });
      if (!t.columns.length)
        problems.push({ at, zh: `表格“${t.label}”没有列`, en: `Table “${t.label}” has no columns` });
      const rowLabels = new Set<string>();
      for (const r of t.rows ?? []) {
        for (const [col, figure] of Object.entries(r.figures ?? {})) {
          const c = t.columns.find((x) => x.key === col);
          const fig = figure ? FIGURES[figure] : undefined;
          const name = `${t.label}·${r.label}·${c?.label ?? col}`;
          if (!c || !fig)
            problems.push({
              at,
              zh: `“${name}”绑定的栏目或统计口径不存在`,
              en: `“${name}” is bound to an unknown column or figure`,
            });
          else if (fig.type !== c.type)
            problems.push({
              at,
              zh: `“${name}”绑定的“${fig.zh}”与该列类型不一致`,
              en: `“${name}” is bound to “${fig.en}”, which does not match the column's type`,
            });
        }
        if (!r.label.trim())
          problems.push({
            at,
            zh: `表格“${t.label}”有空的行名`,
            en: `Table “${t.label}” has a row without a name`,
          });
        if (rowLabels.has(labelKey(r.label)))
          problems.push({
            at,
            zh: `表格“${t.label}”的行“${r.label}”重复`,
            en: `Table “${t.label}” has the row “${r.label}” twice`,
          });
        rowLabels.add(labelKey(r.label));
      }
      const colKeys = new Set<string>();
      t.columns.forEach((c, ci) => {
        if (colKeys.has(c.key))
          problems.push({ at: `${at}.columns.${ci}`, zh: '列重复', en: 'Duplicate column' });
        colKeys.add(c.key);
        checkField(c, `${at}.columns.${ci}`, true);
        count += (t.rows?.length ?? 1) - 1;
      });
    });
  });
  if (count > MAX_FIELDS * 10)
    problems.push({
      at: 'sections',
      zh: `表单单元格过多（${count}），请拆分`,
      en: `The form has too many cells (${count}); split it`,
    });
  form.rules.forEach((r, i) => {
    const parsed = parseRule(form, r.expr);
    if ('problem' in parsed) problems.push({ at: `rules.${i}`, ...parsed.problem });
  });
  return problems;
}
