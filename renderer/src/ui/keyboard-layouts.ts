/**
 * The on-screen keyboard's layouts (ui/OnScreenKeyboard.tsx): rows of keys separated by spaces,
 * `{name}` for a key that does something rather than type. `default` is what shows; `shift`, when
 * a layout has one, what shows while {shift} is on.
 */
export interface KeyboardLayout {
  default: string[];
  shift?: string[];
}

export const KEYBOARD_LAYOUTS = {
  /** Search: letters for pinyin and English words, digits for names that have them. */
  search: {
    default: [
      '1 2 3 4 5 6 7 8 9 0',
      'q w e r t y u i o p',
      'a s d f g h j k l',
      'z x c v b n m {bksp}',
      '{clear} {space}',
    ],
  },
  /** Latin text, digits, an e-mail address's symbols and a phone number's + (a visitor's name and address). */
  email: {
    default: [
      '1 2 3 4 5 6 7 8 9 0 {bksp}',
      'q w e r t y u i o p',
      'a s d f g h j k l @',
      '{shift} z x c v b n m . - _',
      '{clear} + {space} .com',
    ],
    shift: [
      '1 2 3 4 5 6 7 8 9 0 {bksp}',
      'Q W E R T Y U I O P',
      'A S D F G H J K L @',
      '{shift} Z X C V B N M . - _',
      '{clear} + {space} .com',
    ],
  },
} satisfies Record<string, KeyboardLayout>;

export type KeyboardLayoutName = keyof typeof KEYBOARD_LAYOUTS;

/** The keys that do something rather than type. */
export const ACTION_KEYS = ['{bksp}', '{space}', '{clear}', '{shift}'] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

/** The text after `key` is tapped on `value` ({shift} changes the keys, not the text). */
export function typed(value: string, key: string, maxLength: number): string {
  switch (key) {
    case '{bksp}':
      return Array.from(value).slice(0, -1).join('');
    case '{clear}':
      return '';
    case '{shift}':
      return value;
    case '{space}':
      return value.length < maxLength && value !== '' && !value.endsWith(' ') ? value + ' ' : value;
    default:
      return value.length + key.length <= maxLength ? value + key : value;
  }
}
