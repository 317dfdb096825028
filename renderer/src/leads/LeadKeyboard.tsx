/**
 * The form's on-screen keyboard: Latin letters (Chinese names in pinyin), digits, and what e-mail
 * addresses and phone numbers need. A kiosk has no system keyboard, and the page's inputs ask for
 * none (inputMode="none"). react-simple-keyboard draws the keys (each with `data-skbtn`, the key); the
 * layout and look are ours.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Keyboard from 'react-simple-keyboard';
import 'react-simple-keyboard/build/css/index.css';

const LAYOUT = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 {bksp}',
    'q w e r t y u i o p',
    'a s d f g h j k l -',
    '{shift} z x c v b n m . _',
    '@ + ( ) {space} , .com',
  ],
  shift: [
    '1 2 3 4 5 6 7 8 9 0 {bksp}',
    'Q W E R T Y U I O P',
    'A S D F G H J K L -',
    '{shift} Z X C V B N M . _',
    "@ + ( ) {space} , '",
  ],
};

/** Applies one key to `value`: a character or a word is added, backspace takes the last character. */
export function applyKey(value: string, key: string, max: number): string {
  if (key === '{bksp}') return Array.from(value).slice(0, -1).join('');
  const add = key === '{space}' ? ' ' : key;
  if (add.startsWith('{')) return value;
  return Array.from(value + add)
    .slice(0, max)
    .join('');
}

export function LeadKeyboard({ onKey }: { onKey: (key: string) => void }) {
  const { t } = useTranslation();
  const [shift, setShift] = useState(false);
  return (
    <div className="lead-keyboard" data-testid="lead-keyboard">
      <Keyboard
        layout={LAYOUT}
        layoutName={shift ? 'shift' : 'default'}
        display={{ '{bksp}': '⌫', '{shift}': '⇧', '{space}': t('leads.keyboard.space') }}
        physicalKeyboardHighlight={false}
        disableButtonHold
        theme="hg-theme-default lead-keyboard__keys"
        onKeyPress={(key: string) => {
          if (key === '{shift}') setShift((s) => !s);
          else {
            onKey(key);
            // A capital, as on a phone, is for one letter.
            if (shift && /^[A-Z]$/.test(key)) setShift(false);
          }
        }}
      />
    </div>
  );
}
