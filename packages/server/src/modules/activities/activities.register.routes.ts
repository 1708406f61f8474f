import { Type } from 'typebox';
import { registerImportRoutes } from '../../http/register-routes.ts';
import { RegisterImportResult } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { createActivitiesRegister } from './activities.register.ts';

const ActivitiesImportResult = Type.Object({
  ...RegisterImportResult.properties,
  signups: Type.Integer({ description: 'sign-ups, listed or counted' }),
  attendance: Type.Integer({ description: 'attendance, listed or counted' }),
  totalsOnly: Type.Integer({ description: 'activities kept as totals (no list)' }),
});

/** The register of past activities (issue 42): its template and import. */
export function activitiesRegisterRoutes(
  app: App,
  register: ReturnType<typeof createActivitiesRegister>,
): void {
  registerImportRoutes(app, {
    path: '/api/activities/import',
    listed: {
      key: 'activities',
      name: { zh: '以往活动台账', en: 'Past activities (sign-ups and attendance)' },
      module: 'activities',
    },
    permission: 'activities.manage',
    tags: ['activities'],
    templateFile: '以往活动台账导入模板.xlsx',
    what: 'a register of past activities (a row per participant: activity, organising union, day, person, signed up on, attended; or a row of counts where no list was kept)',
    result: ActivitiesImportResult,
    register,
  });
}
