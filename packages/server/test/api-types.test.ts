import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_FILE } from '../src/scripts/gen-api.ts';

describe('generated API types', () => {
  it('packages/web/src/api/schema.gen.ts matches the server API', async () => {
    const fresh = await generateApiTypes();
    const stored = readFileSync(SCHEMA_FILE, 'utf8');
    if (stored !== fresh) {
      expect.fail('packages/web/src/api/schema.gen.ts is stale: run npm run gen:api');
    }
  });
});
