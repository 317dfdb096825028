import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../main/core/pack/schema';
import { formatFigure } from '../kiosk/format';
import { UI_LANGUAGES } from '../kiosk/i18n';
import { useForm } from './form-context';

/** The figure as the kiosk shows it, in each of the pack's languages the kiosk speaks. */
export function FigureRendering({ value }: { value: unknown }) {
  const form = useForm();
  const { t } = useTranslation('studio');
  const figure = value as Partial<Figure> | undefined;
  if (!figure || typeof figure.value !== 'number' || typeof figure.unit !== 'string') {
    return <p className="figure-rendering figure-rendering--empty">{t('form.figureIncomplete')}</p>;
  }
  const langs = form.languages.filter((l) => UI_LANGUAGES.includes(l));
  return (
    <p className="figure-rendering" data-testid="figure-rendering">
      <span className="figure-rendering__caption">{t('form.kioskShows')}</span>
      {langs.map((lang) => {
        let shown = '';
        try {
          shown = formatFigure(figure as Figure, lang);
        } catch {
          shown = '—';
        }
        return (
          <span key={lang} className="figure-rendering__value" lang={lang}>
            {shown}
          </span>
        );
      })}
    </p>
  );
}
