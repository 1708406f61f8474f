export const jobsMigrations = new URL('./migrations/', import.meta.url);
