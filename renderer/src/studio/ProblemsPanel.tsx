/** Every problem of the draft, errors first; choosing one opens its item and focuses its field. */
import { useTranslation } from 'react-i18next';
import type { PackIssue } from '../../../main/core/pack/pack-issue';
import { useStoreSelector, type EditorStore } from './editor-store';
import './problems.css';

export function ProblemsPanel({
  store,
  describe,
  onJump,
}: {
  store: EditorStore;
  /** Where a path is, in words staff know (section › item › field). */
  describe: (path: string) => string;
  onJump: (issue: PackIssue) => void;
}) {
  const { t } = useTranslation('studio');
  const issues = useStoreSelector(store, 'issues', (s) => s.issues);
  // Whether the server's full check has answered for the draft as it is now.
  const checked = useStoreSelector(store, 'checked', (s) => s.server?.for === s.history.present);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <section className="problems" aria-label={t('problems.title')} data-testid="problems">
      <h2 className="studio-heading">
        {t('problems.title')}
        <span className="problems__counts">
          {t('problems.errors', { count: errors })} · {t('problems.warnings', { count: warnings })}
          {!checked && <span className="problems__checking">{t('problems.checking')}</span>}
        </span>
      </h2>
      {issues.length === 0 ? (
        <p className="problems__none">{checked ? t('problems.none') : t('problems.checking')}</p>
      ) : (
        <ul className="problems__list">
          {issues.map((issue, i) => (
            <li key={i}>
              <button
                type="button"
                className={`problems__item problems__item--${issue.severity}`}
                data-testid="problem"
                onClick={() => onJump(issue)}
              >
                <span className="problems__severity">{t(`problems.${issue.severity}`)}</span>
                <span className="problems__where">{issue.path ? describe(issue.path) : issue.file}</span>
                <span className="problems__message">{issue.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
