import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { casesApi } from './cases-api.ts';
import { holidaySheetNotes } from './holiday-sheet.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  cases: importPanel({
    what: 'import.what.cases',
    templateUrl: casesApi.importTemplateUrl,
    send: casesApi.importRegister,
    figures: {
      'import.register.cases.closed': 'closed',
      'import.register.cases.answered': 'answered',
      'import.register.cases.open': 'open',
    },
  }),
  holidays: importPanel({
    what: 'case.calendar.sheetWhat',
    templateUrl: casesApi.holidaysTemplateUrl,
    send: casesApi.importHolidays,
    figures: {
      'case.calendar.sheetYear': (a) => (a.year ? String(a.year) : '—'),
      'case.calendar.sheetChanged': 'changed',
      'case.calendar.sheetRemoved': 'removed',
    },
    // the sheet replaces the year: the days it removes are named before the clerk imports
    checked: holidaySheetNotes,
  }),
};
