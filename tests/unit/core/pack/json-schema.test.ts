import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../main/cli/browser-mode.ts';
import { packJsonSchemaText } from '../../../../main/core/pack/json-schema.ts';

describe('the JSON Schema editors get', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', async () => {
    const committed = await readFile(path.join(REPO_ROOT, 'assets/packs/pack.schema.json'), 'utf8');
    expect(committed).toBe(packJsonSchemaText());
  });

  it('describes enterprises with bilingual names and rejects unknown fields', () => {
    const schema = JSON.parse(packJsonSchemaText());
    const enterprise = schema.properties.enterprises.items;
    expect(enterprise.additionalProperties).toBe(false);
    expect(enterprise.required).toEqual(expect.arrayContaining(['id', 'name', 'sector', 'summary']));
    expect(schema.$defs.LocalizedText.required).toEqual(['zh-CN', 'en']);
  });
});
