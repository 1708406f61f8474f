import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TSchema } from 'typebox';
import type { Actor, Permission } from '../access/access.ts';
import { AppError } from '../shared/errors.ts';
import type { RegisterDeclaration } from './register-catalog.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a caller needs. Every route declares this or `public: true`. */
    permission?: Permission;
    /** Callable without signing in. */
    public?: boolean;
    /** An upload route: takes multipart/form-data, of this form (documented in OpenAPI). */
    upload?: TSchema;
    /** Error statuses the route answers beyond those of its kind (http/openapi.ts errorStatuses). */
    errors?: number[];
    /** A statistics page or export: its reads may go to the replica (DATABASE_READ_URL; http/read-replica.ts). */
    replica?: boolean;
    /** An import of a union's past: listed on 导入历史台账 (http/register-catalog.ts). */
    register?: RegisterDeclaration & { templateUrl?: string };
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The 401 a request whose session the staff rules ended answers (idle, or replaced by a newer sign-in). */
    sessionEnd: AppError | null;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** The signed-in actor of a route that declared a permission (the hook has already checked it). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) {
    if (req.sessionEnd) throw req.sessionEnd;
    throw new AppError('unauthenticated', 'UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' });
  }
  return req.actor;
}

/**
 * For a route whose body holds only optional fields (the day a decision happened, ADR 40): a request sent with no
 * body at all is read as `{}`, so callers that never sent one keep working.
 */
export const noBodyIsEmpty = async (req: FastifyRequest) => {
  req.body ??= {};
};
