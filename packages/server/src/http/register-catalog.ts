import { Type } from 'typebox';
import { canAccess, type Permission } from '../access/access.ts';
import { Obj } from './schema.ts';
import { type App, actorOf } from './types.ts';

/**
 * The registers the platform keeps (导入历史台账, issue 42): every import of a union's past declares itself on its
 * upload route (`config.register`, set by `registerImportRoutes` or by hand for an import of its own shape), and
 * the app collects them as routes are added. `GET /api/registers` lists those the caller's role may import, so a
 * new register appears on the page by itself; the CLI's `import <register>` names the same keys (a test holds
 * the two lists equal).
 */
export interface RegisterDeclaration {
  /** The register's name on the command line (`npm run cli -- import <key>`). */
  key: string;
  name: { zh: string; en: string };
  /** The module that keeps it. */
  module: string;
}

export interface RegisterEntry extends RegisterDeclaration {
  permission: Permission;
  importUrl: string;
  templateUrl: string;
}

const Name = Obj({ zh: Type.String(), en: Type.String() });
const RegisterListSchema = Obj({
  items: Type.Array(
    Obj({
      key: Type.String(),
      name: Name,
      module: Type.String(),
      permission: Type.String(),
      importUrl: Type.String(),
      templateUrl: Type.String(),
    }),
  ),
});

/** An upload route's register, from its config (the template beside it at `<url>/template.xlsx` unless told). */
export function registerEntryOf(route: {
  url: string;
  config?: { register?: RegisterDeclaration & { templateUrl?: string }; permission?: Permission };
}): RegisterEntry | null {
  const r = route.config?.register;
  if (!r || !route.config?.permission) return null;
  return {
    key: r.key,
    name: r.name,
    module: r.module,
    permission: route.config.permission,
    importUrl: route.url,
    templateUrl: r.templateUrl ?? `${route.url}/template.xlsx`,
  };
}

/** `GET /api/registers`: the registers the caller may bring in, in the order their routes were added. */
export function registerCatalogRoutes(app: App, registers: readonly RegisterEntry[]): void {
  app.get(
    '/api/registers',
    {
      config: { permission: 'org.read' },
      schema: {
        tags: ['registers'],
        summary:
          'The registers a union can bring its past in with (导入历史台账): those the caller may import, each with its ' +
          'name, module, template and import URL and the permission it needs',
        response: { 200: RegisterListSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return { items: registers.filter((r) => canAccess(actor, r.permission)) };
    },
  );
}
