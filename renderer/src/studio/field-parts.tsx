// What every kind of field shows around its input: the label's words, the input's id, the help
// text and the checks' messages.
import { useTranslation } from 'react-i18next';
import { formatPath, type PackIssue } from '../../../main/core/pack/pack-issue';
import { helpText, type FieldSpec } from './form-model';
import { useForm } from './form-context';
import type { Path } from './pack-path';

/** A field's name in the UI language: the studio's own word for it, else its key spelled out. */
export function useFieldLabel() {
  const { t } = useTranslation('studio');
  return (key: string) => t(`field.${key}`, { defaultValue: key.replace(/([a-z])([A-Z])/g, '$1 $2') });
}

/** The id of a field's input, which its label points at. */
export const fieldId = (path: Path) => `f:${formatPath(path)}`;

export function Messages({ issues }: { issues: PackIssue[] | undefined }) {
  if (!issues?.length) return null;
  return (
    <ul className="field__messages">
      {issues.map((issue, i) => (
        <li key={i} className={`field__message field__message--${issue.severity}`} data-testid="field-message">
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

export function Help({ spec }: { spec: FieldSpec }) {
  const { uiLanguage } = useForm();
  const text = helpText(spec.help, uiLanguage);
  return text ? <p className="field__help">{text}</p> : null;
}
