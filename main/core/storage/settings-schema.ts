/**
 * What `<userData>/settings.json` holds: the kiosk settings staff change in the admin panel, plus
 * the PIN record and its lockout state (which never leave the main process). One zod schema gives
 * the types, the defaults and the validation of a file that may have been hand-edited or damaged.
 */
import { z } from 'zod';
import type { KioskSettings } from '../../contract/ipc.ts';

/** A stored PIN: a salted scrypt hash and the parameters it was made with (see security/pin.ts). */
export const PinRecord = z.strictObject({
  algorithm: z.literal('scrypt'),
  N: z.int().min(2),
  r: z.int().min(1),
  p: z.int().min(1),
  keyLength: z.int().min(16).max(128),
  salt: z.base64(),
  hash: z.base64(),
});
export type PinRecord = z.infer<typeof PinRecord>;

/**
 * Wrong PIN tries and the lockout they caused, persisted so that restarting the kiosk (pulling the
 * plug) does not give a guesser fresh tries. `lockedUntil` is epoch milliseconds; so is
 * `leadsLockedUntil`, set by fewer wrong tries: until then a right PIN opens the panel, not the leads.
 */
export const PinLockout = z.strictObject({
  failures: z.int().min(0),
  lockedUntil: z.number().nullable(),
  leadsLockedUntil: z.number().optional(),
});
export type PinLockout = z.infer<typeof PinLockout>;

/** The settings the admin panel may read and change; `KioskSettings` in the IPC contract. */
export const PublicSettingsShape = {
  idleTimeoutSeconds: z.int().min(10).max(3600).default(60),
  defaultLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as zh-CN or en')
    .default('zh-CN'),
  displayId: z.int().nullable().default(null),
  dailyReloadHour: z.int().min(0).max(23).nullable().default(4),
  presenterMode: z.boolean().default(false),
  startAtLogin: z.boolean().default(false),
  reducedMotion: z.boolean().default(false),
  graphics: z.enum(['auto', 'full', 'light']).default('auto'),
};

/** A change the admin panel asks for: any subset of the public settings, nothing else. */
export const SettingsPatch = z.strictObject(
  Object.fromEntries(
    Object.entries(PublicSettingsShape).map(([key, schema]) => [key, schema.removeDefault().optional()]),
  ),
) as unknown as z.ZodType<Partial<KioskSettings>>;

/** The whole file. `pin: null` means the first-run PIN is in force (and must be changed). */
export const StoredSettings = z.object({
  ...PublicSettingsShape,
  pin: PinRecord.nullable().default(null),
  pinLockout: PinLockout.default({ failures: 0, lockedUntil: null }),
});
export type StoredSettings = z.infer<typeof StoredSettings>;

// The contract's hand-written type and the schema must agree; a drift is a compile error here.
type PublicOf<T> = Pick<T, keyof KioskSettings & keyof T>;
const _sameShape: [PublicOf<StoredSettings>, KioskSettings] extends [KioskSettings, PublicOf<StoredSettings>]
  ? true
  : never = true;
void _sameShape;

/** Every field at its default: what a first start, or an unreadable file, gives. */
export function defaultSettings(): StoredSettings {
  return StoredSettings.parse({});
}

/** The part of the settings the renderer may see. */
export function publicSettings(settings: StoredSettings): KioskSettings {
  return {
    idleTimeoutSeconds: settings.idleTimeoutSeconds,
    defaultLanguage: settings.defaultLanguage,
    displayId: settings.displayId,
    dailyReloadHour: settings.dailyReloadHour,
    presenterMode: settings.presenterMode,
    startAtLogin: settings.startAtLogin,
    reducedMotion: settings.reducedMotion,
    graphics: settings.graphics,
  };
}
