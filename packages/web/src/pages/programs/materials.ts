import type { Evidence } from './programs-api.ts';

/** The server's rule for a material's key: a letter, then letters, digits or _, at most 40. */
const KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** A key from a label: the English label's words joined by _, else "material". */
function slug(e: Evidence): string {
  const words = e.en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const base = words
    .join('_')
    .replace(/^[^a-z]+/, '')
    .slice(0, 32)
    .replace(/_+$/, '');
  return base || 'material';
}

/**
 * Required materials as saved: the clerk names each one; a material that has a key keeps it (applications
 * already store files under it), a new one gets a key made from its English label (or "material"), unique
 * within the program. A material without an English label is named in English by its Chinese label.
 */
export function withMaterialKeys(materials: Evidence[]): Evidence[] {
  const taken = new Set(materials.filter((m) => KEY.test(m.key)).map((m) => m.key));
  return materials.map((m) => {
    const zh = m.zh.trim();
    const en = m.en.trim() || zh;
    if (KEY.test(m.key)) return { key: m.key, zh, en };
    const base = slug({ key: '', zh, en: m.en });
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    return { key, zh, en };
  });
}
