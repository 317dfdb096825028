import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Keyboard from 'react-simple-keyboard';
import { ACTION_KEYS, KEYBOARD_LAYOUTS, typed, type ActionKey, type KeyboardLayoutName } from './keyboard-layouts';

/**
 * A keyboard on the screen (a kiosk has no other), drawn in the kiosk's look: real buttons, large
 * enough for a finger, that type into a value the caller holds. The layout names what it is for
 * (ui/keyboard-layouts.ts): the search's letters and digits, a form's Latin + digits + e-mail
 * symbols. simple-keyboard draws the keys and answers the touch at pointer-down.
 */
export function OnScreenKeyboard({
  layout,
  value,
  onChange,
  maxLength = 40,
  label,
}: {
  layout: KeyboardLayoutName;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** What the keyboard types into, for assistive technology ("Search enterprises"). */
  label: string;
}) {
  const { t } = useTranslation();
  const [shifted, setShifted] = useState(false);
  const keys = KEYBOARD_LAYOUTS[layout];

  // What the action keys show and are called, in the visitor's language.
  const names: Record<ActionKey, string> = {
    '{bksp}': t('keyboard.backspace'),
    '{space}': t('keyboard.space'),
    '{clear}': t('keyboard.clear'),
    '{shift}': t('keyboard.shift'),
  };
  const display = { ...names, '{bksp}': '⌫', '{shift}': '⇧' };
  const attributes = useMemo(() => {
    const all = new Set(Object.values(keys).flatMap((rows: string[]) => rows.join(' ').split(' ')));
    return [
      ...ACTION_KEYS.filter((key) => all.has(key)).map((key) => ({
        attribute: 'aria-label',
        value: names[key],
        buttons: key,
      })),
      { attribute: 'type', value: 'button', buttons: [...all].join(' ') },
    ];
    // names follow the language, which t() changes with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, t]);

  return (
    <div className="on-screen-keyboard" role="group" aria-label={label} data-testid={`keyboard-${layout}`}>
      <Keyboard
        layout={keys}
        layoutName={shifted && 'shift' in keys ? 'shift' : 'default'}
        display={display}
        theme="kiosk-keys"
        useButtonTag
        disableButtonHold
        preventMouseDownDefault
        buttonAttributes={attributes}
        buttonTheme={[{ class: 'kiosk-keys__action', buttons: ACTION_KEYS.join(' ') }]}
        onKeyPress={(key: string) => {
          if (key === '{shift}') setShifted((s) => !s);
          // As on a phone, shift is for one letter.
          else if (shifted && /^\p{Lu}$/u.test(key)) setShifted(false);
          onChange(typed(value, key, maxLength));
        }}
      />
    </div>
  );
}
