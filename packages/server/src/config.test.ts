import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig: demo data', () => {
  it('loads the demo data in development unless GONGHUI_DEMO=0', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).seedDemo).toBe(true);
    expect(loadConfig({ GONGHUI_DEMO: '1' }).seedDemo).toBe(true);
    expect(loadConfig({ GONGHUI_DEMO: '0' }).seedDemo).toBe(false);
  });

  it('starts empty in production unless GONGHUI_DEMO=1', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GONGHUI_DEMO: '0' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GONGHUI_DEMO: 'yes' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GONGHUI_DEMO: '1' }).seedDemo).toBe(true);
  });

  it('marks production for secure cookies only when NODE_ENV=production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(false);
  });
});
