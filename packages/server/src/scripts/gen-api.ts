import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { CLI_DOC_FILE, writeCliRegistersDoc } from '../cli/registers-doc.ts';
import { openPglite } from '../db/db.ts';
import { migrateAll } from '../db/schema.ts';
import { buildApp } from '../http/app.ts';
import { createServices } from '../services.ts';

/** Where the web app reads the API types from. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../web/src/api/schema.gen.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run gen:api\`. Do not edit by hand.
 */

`;

/** Builds the app on an empty in-memory database and renders its OpenAPI document as TypeScript types. */
export async function generateApiTypes(): Promise<string> {
  const db = await openPglite();
  try {
    await migrateAll(db);
    const services = createServices(db, { sessionTtlHours: 12, production: false }, Buffer.alloc(32, 1));
    const app = await buildApp({ db, services });
    await app.ready();
    const doc = app.swagger();
    await app.close();
    const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], {
      alphabetize: true,
      exportType: true,
    });
    return HEADER + astToString(ast);
  } finally {
    await db.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await generateApiTypes();
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE}`);
  // the command line's registers, documented from the modules that declare them
  if (writeCliRegistersDoc()) console.log(`wrote the registers of ${CLI_DOC_FILE}`);
}
