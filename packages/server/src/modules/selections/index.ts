export { type SeededSelections, seedSelections } from './selections.demo.ts';
export { selectionsRoutes } from './selections.routes.ts';
export { createSelectionsService, type SelectionsService } from './selections.service.ts';
export const selectionsMigrations = new URL('./migrations/', import.meta.url);
export { selectionsRecounter } from './selections.recount.repository.ts';
export { selectionsTodo } from './selections.todo.repository.ts';
export { selectionsUsage } from './selections.usage.ts';
