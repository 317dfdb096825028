/**
 * The content pack schema's building blocks: the metadata helper that carries each field's
 * description in both languages, ids, texts, media paths, and the fields that mean the same wherever
 * they appear. `schema.ts` builds the pack from them.
 */
import { z } from 'zod';

/** Languages every visitor-facing text must have. A pack may add more (ja, ko, ru …). */
export const REQUIRED_LANGUAGES = ['zh-CN', 'en'] as const;

/** Key of a field's Chinese description in the schema's metadata and in the JSON Schema. */
export const DESCRIPTION_ZH = 'x-description-zh';

/**
 * What a field means, in English and in Chinese, with an example where the starter pack has none:
 * the one source of docs/content-pack.md's field reference and of editors' tooltips.
 */
export function about(en: string, zh: string, example?: unknown) {
  return { description: en, [DESCRIPTION_ZH]: zh, ...(example === undefined ? {} : { examples: [example] }) };
}

/** An example text in both languages. */
export const lt = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes')
  .meta({ description: 'Stable identifier: lower-case letters, digits and dashes.' });

/** A text a visitor reads, in every language of the pack. */
export const LocalizedText = z
  .strictObject({
    'zh-CN': z.string().trim().min(1, 'a non-empty Chinese text'),
    en: z.string().trim().min(1, 'a non-empty English text'),
  })
  .catchall(z.string().trim().min(1, 'a non-empty text'))
  .meta({
    id: 'LocalizedText',
    description: 'A text in every language of the pack: zh-CN and en are required, others optional.',
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A path to a media file inside the pack folder, with forward slashes. */
export const MediaPath = z
  .string()
  .regex(
    /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._\-/]+\.(svg|png|jpg|jpeg|webp|webm|mp4)$/,
    'a relative path inside the pack (letters, digits, . _ - /) to an svg, png, jpg, webp, webm or mp4 file',
  )
  .meta({ description: 'Relative path of a media file inside the pack folder, e.g. media/xcmg/line.svg' });

// Fields that mean the same wherever they appear.
export const ownId = id.meta(
  about(
    'Stable identifier: lower-case letters, digits and dashes. Other fields refer to it.',
    '稳定标识:小写字母、数字和连字符。其他字段通过它引用本条目。',
    'hydrogen',
  ),
);
export const displayName = LocalizedText.meta(
  about('Name shown to visitors.', '向观众显示的名称。', lt('氢能', 'Hydrogen energy')),
);
export const title = LocalizedText.meta(about('Title shown to staff and visitors.', '向工作人员和观众显示的标题。'));
export const summary = LocalizedText.meta(
  about('A few sentences for the detail screen.', '详情页上的几句介绍。', lt('简介', 'Summary')),
);
export const website = z
  .url()
  .meta(
    about(
      'Web address (shown, never opened: the kiosk is offline).',
      '网址(仅显示,不打开:展台离线运行)。',
      'https://www.example.com',
    ),
  );
export const districtId = id.meta(about('Id of the district it lies in, where known.', '所在区县的 id(如已知)。'));
export const caption = LocalizedText.meta(
  about('Caption shown with the picture or video.', '图片或视频的说明文字。', lt('城市宣传片', 'City film')),
);
export const mediaFile = MediaPath.meta(
  about('Path of the media file inside the pack folder.', '媒体文件在包内的路径。', 'media/city/tour.mp4'),
);
export const enterpriseId = id.meta(
  about('Id of an entry in `enterprises`.', '`enterprises` 中某企业的 id。', 'example-enterprise'),
);
