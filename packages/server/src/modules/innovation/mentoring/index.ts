/**
 * Mentoring (名师带徒): pairs of a studio's master and apprentices, sessions and the apprentices' confirmations,
 * the status of a year whose facts propose the mentoring subsidy through programs. Uses the module root and the
 * problems folder's surface (a studio in scope).
 */
export { mentoringRoutes } from './mentoring.routes.ts';
export { createMentoringService } from './mentoring.service.ts';
export { createMentoringStatusService } from './mentoring.status.ts';
