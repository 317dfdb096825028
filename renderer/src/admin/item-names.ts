/**
 * The names the statistics charts show for the ids the events carry: a tapped enterprise, cluster or
 * district, and an interest key (`kind:id`) with its kind, in the panel's language.
 */
import { useMemo } from 'react';
import type { TapKind } from '../../../main/contract/ipc';
import type { LocalizedText, Pack } from '../../../main/core/pack/schema';
import { pickLang } from './admin-controls';
import { useAdminT } from './admin-i18n';

export function useItemNames(pack: Pack | null) {
  const { t, lang } = useAdminT();
  const names = useMemo(() => {
    const map: Record<TapKind, Map<string, LocalizedText>> = {
      enterprise: new Map(),
      cluster: new Map(),
      district: new Map(),
    };
    for (const e of pack?.enterprises ?? []) map.enterprise.set(e.id, e.name);
    for (const c of pack?.clusters ?? []) map.cluster.set(c.id, c.name);
    for (const d of pack?.districts ?? []) map.district.set(d.id, d.name);
    return map;
  }, [pack]);

  const nameOf = (kind: TapKind) => (id: string) => {
    const text = names[kind].get(id);
    return text ? pickLang(text as Record<string, string>, lang) : id;
  };

  const interestName = (key: string) => {
    const [kind = '', id = ''] = key.split(':');
    const items: ReadonlyArray<{ id: string; name: LocalizedText }> =
      kind === 'park'
        ? (pack?.parks ?? [])
        : kind === 'future-industry'
          ? (pack?.futureIndustries ?? [])
          : kind === 'enterprise' || kind === 'cluster'
            ? [...names[kind]].map(([i, name]) => ({ id: i, name }))
            : [];
    const text = items.find((item) => item.id === id)?.name;
    return `${text ? pickLang(text as Record<string, string>, lang) : id} · ${t(`stats.interestKinds.${kind}`, { defaultValue: kind })}`;
  };

  return { nameOf, interestName };
}
