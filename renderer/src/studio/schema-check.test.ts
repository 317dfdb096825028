import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromZodIssue } from '../../../main/core/pack/pack-issue';
import { Pack } from '../../../main/core/pack/schema';
import { setAt } from './pack-path';
import { schemaCheck } from './schema-check';

const xuzhou: unknown = JSON.parse(readFileSync('assets/packs/xuzhou/pack.json', 'utf8'));

/** What a parse of the whole pack says: the check item by item must say the same. */
function whole(pack: unknown) {
  const result = Pack.safeParse(pack, { reportInput: true });
  return {
    issues: result.success ? [] : result.error.issues.flatMap((issue) => fromZodIssue('pack.json', issue)),
    preview: result.success ? result.data : null,
  };
}
const sorted = <T>(list: T[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('the check item by item', () => {
  const cases: Array<[string, unknown]> = [
    ['the bundled pack', xuzhou],
    ['a figure typed wrong in an enterprise', setAt(xuzhou, ['enterprises', 3, 'figures', 0, 'value'], 'abc')],
    ['an enterprise without a name', setAt(xuzhou, ['enterprises', 0, 'name'], undefined)],
    [
      'an unknown field in an item and at the top',
      setAt(setAt(xuzhou, ['clusters', 1, 'colour'], 'red'), ['extra'], 1),
    ],
    ['a list emptied that needs one item', setAt(xuzhou, ['sources'], [])],
    ['a list that is not a list', setAt(xuzhou, ['enterprises'], 'none')],
    ['an item that is not an object', setAt(xuzhou, ['districts', 2], 7)],
    ['the city missing', setAt(xuzhou, ['city'], undefined)],
    ['not a pack at all', [1, 2]],
  ];
  it.each(cases)('says what a whole-pack parse says, and previews the same pack: %s', (_, pack) => {
    const expected = whole(pack);
    const actual = schemaCheck(pack);
    expect(sorted(actual.issues)).toEqual(sorted(expected.issues));
    expect(actual.preview).toEqual(expected.preview);
  });

  it('does not keep an old result for an item edited in place of the same list', () => {
    const broken = setAt(xuzhou, ['enterprises', 5, 'sector', 'en'], '');
    expect(schemaCheck(broken).issues.map((i) => i.path)).toEqual(['enterprises[5].sector.en']);
    const fixed = setAt(broken, ['enterprises', 5, 'sector', 'en'], 'Steel');
    expect(schemaCheck(fixed).issues).toEqual([]);
    // An item moved keeps its result but reports at its new place.
    const list = (broken as { enterprises: unknown[] }).enterprises;
    const moved = setAt(broken, ['enterprises'], [list[5], ...list.slice(0, 5), ...list.slice(6)]);
    expect(schemaCheck(moved).issues.map((i) => i.path)).toEqual(['enterprises[0].sector.en']);
  });
});
