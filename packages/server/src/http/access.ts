// Moved to src/access/access.ts; this re-export goes once every importer uses the new path.
export * from '../access/access.ts';
