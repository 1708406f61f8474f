import { registerRouteGroup } from '../../../http/register-routes.ts';
import type { App } from '../../../http/types.ts';
import type { createStudioGrantImport } from './studios.grants.import.ts';
import type { createStudioImport } from './studios.import.ts';
import { studiosListRoutes } from './studios.list.routes.ts';
import { studioRecognitionRoutes } from './studios.recognitions.routes.ts';
import { StudioGrantImportResult, StudioImportResult, StudioList, StudioQuery } from './studios.schemas.ts';
import type { StudiosService } from './studios.use-cases.ts';

type StudioRegister = ReturnType<typeof createStudioImport>;
type GrantRegister = ReturnType<typeof createStudioGrantImport>;

const tags = ['innovation'];

/** Studios (listed, and brought in with their grants from registers), their recognition and annual re-evaluation, and their statistics. */
export function studiosRoutes(
  app: App,
  {
    studios,
    register,
    grantRegister,
  }: { studios: StudiosService; register: StudioRegister; grantRegister: GrantRegister },
): void {
  registerRouteGroup(app, {
    tags,
    import: {
      path: '/api/innovation/studios/grants/import',
      listed: {
        key: 'studio-grants',
        module: 'innovation',
      },
      permission: 'innovation.write',
      what: "a register of studios' projects and grants (one row per project or grant, paid through the platform or outside it)",
      result: StudioGrantImportResult,
      register: grantRegister,
    },
  });
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/innovation/studios',
      permission: 'innovation.read',
      summary: 'Studios hosted by unions of my subtree',
      query: StudioQuery,
      result: StudioList,
      run: studios.list,
    },
    import: {
      path: '/api/innovation/studios/import',
      listed: {
        key: 'studios',
        module: 'innovation',
      },
      permission: 'innovation.write',
      what: 'a studios register with its level history (one row per studio and level, with the day)',
      result: StudioImportResult,
      register,
    },
  });
  studiosListRoutes(app, { studios });
  studioRecognitionRoutes(app, { studios });
}
