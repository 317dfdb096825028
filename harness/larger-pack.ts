/**
 * Makes a served pack as large as a provincial capital's: `count` made-up enterprises from the
 * synthetic pack, added to the pack's own and filed under its own clusters, districts, pictures and
 * sources, so that every screen can show them (the e2e scale tests, the bench's large-pack rows).
 */
import type { Enterprise, Pack } from '../main/core/pack/schema.ts';
import { syntheticPack } from './synthetic-pack.ts';

export function addSyntheticEnterprises(pack: Pack, count: number): void {
  const clusters = pack.clusters.map((c) => c.id);
  const districts = (pack.districts ?? []).map((d) => d.id);
  const pictures = pack.enterprises.flatMap((e) => e.media?.images ?? []);
  const source = pack.sources[0]?.id;
  const made = syntheticPack({ enterprises: count, media: 0 }).pack.enterprises ?? [];
  made.forEach((input, i) => {
    const { park: _park, ...rest } = input;
    const enterprise = {
      ...rest,
      clusters: clusters.length ? [clusters[i % clusters.length]!] : [],
      district: districts.length ? districts[i % districts.length] : undefined,
      figures: source ? rest.figures?.map((f) => ({ ...f, source })) : [],
      media: pictures.length ? { images: [pictures[i % pictures.length]!] } : undefined,
    } as unknown as Enterprise;
    pack.enterprises.push(enterprise);
  });
}
