/**
 * Workers' congresses (职代会 / 职工大会, issue 28): terms and delegates with the legal proportions checked, sessions
 * and attendance, proposals from filing to rating (and into 办实事 projects), votes with quorum and majority, and
 * 厂务公开. Rules and choices: ADR 0064.
 */
export { seedCongresses } from './congresses.demo.ts';
export { congressesRoutes } from './congresses.routes.ts';
export { type CongressesService, createCongressesService } from './congresses.service.ts';
export const congressesMigrations = new URL('./migrations/', import.meta.url);
export { congressesRecounter } from './congresses.recount.repository.ts';
export { congressesTodo } from './congresses.todo.repository.ts';
export { congressesUsage } from './congresses.usage.ts';
