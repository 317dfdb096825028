/** The pack's JSON Schema, generated from the zod schema: what editors' autocomplete uses. */
import { z } from 'zod';
import { Pack } from './schema.ts';

export function packJsonSchemaText(): string {
  // io 'input': editors write the shape before defaults are applied (optional arrays may be left out).
  const schema = z.toJSONSchema(Pack, { io: 'input', target: 'draft-2020-12' });
  return JSON.stringify(schema, null, 2) + '\n';
}
