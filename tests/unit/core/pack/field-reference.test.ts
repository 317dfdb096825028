import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../main/cli/browser-mode.ts';
import { fieldSections, undescribedFields, fillGeneratedSections } from '../../../../main/core/pack/field-reference.ts';
import { Enterprise } from '../../../../main/core/pack/schema.ts';

const DOC = path.join(REPO_ROOT, 'docs', 'content-pack.md');

describe('docs/content-pack.md', () => {
  it('has the field reference generated from the schema (run `npm run docs:pack` after changing it)', async () => {
    const committed = await readFile(DOC, 'utf8');
    expect(fillGeneratedSections(committed)).toBe(committed);
  });

  it('explains every field of the schema in Chinese and in English', () => {
    const rows = fieldSections().flatMap((section) => section.rows);
    expect(rows.length).toBeGreaterThan(80);
    // A new schema field still gets a row; this names the ones whose note is left to write.
    expect(undescribedFields()).toEqual([]);
  });

  it('walks through adding an enterprise with an entry the schema accepts', async () => {
    const doc = await readFile(DOC, 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const entry = JSON.parse(block!.replace(/^ {3}/gm, ''));
    const parsed = Enterprise.safeParse(entry);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
