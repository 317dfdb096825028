/**
 * "I'm interested": a sheet over the screen with the item, a reference code, and two ways to reach the
 * bureau, both offline for the kiosk: QR codes for the visitor's phone (an e-mail already written, the
 * bureau's contact card), and a short form saved on the kiosk, sealed, for the bureau to follow up.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterest, type InterestItem } from '../kiosk/interest';
import { kiosk } from '../kiosk/kiosk-client';
import { usePack, useText } from '../kiosk/store';
import { Icon } from '../ui/Icon';
import { QrCode } from '../ui/QrCode';
import { TapButton } from '../ui/TapButton';
import { mailto, vCard } from './contact-card';
import { LeadForm } from './LeadForm';
import { referenceCode } from './reference-code';
import { interestVars } from './interest-vars';
import './interest-sheet.css';

export function InterestSheet({ item }: { item: InterestItem }) {
  const { t, i18n } = useTranslation();
  const tx = useText();
  const pack = usePack();
  const { close } = useInterest();
  const contact = pack.contact;
  const policy = contact.leads;
  const reference = useMemo(() => referenceCode(policy?.referencePrefix ?? 'IN'), [policy?.referencePrefix]);
  const [accepting, setAccepting] = useState<boolean | null>(null);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    let live = true;
    kiosk['leads:status']().then(
      (s) => live && setAccepting(s.accepting),
      () => live && setAccepting(false),
    );
    return () => {
      live = false;
    };
  }, []);

  // A card with only a name reaches nobody: the QR codes need an address, a number or a site.
  const reachable = Boolean(contact.email || contact.phone || contact.website);
  const title = tx(item.title);
  const organisation = tx(contact.organisation);
  const vars = interestVars(i18n.language, { item: title, reference, name: organisation });
  const card = vCard(
    {
      organisation,
      phone: contact.phone,
      email: contact.email,
      website: contact.website,
      address: contact.address && tx(contact.address),
    },
    t('leads.cardNote', vars),
  );

  return (
    <div
      className="interest-sheet"
      role="dialog"
      aria-modal="true"
      aria-labelledby="interest-title"
      data-testid="interest-sheet"
    >
      <div className="interest-sheet__panel">
        <header className="interest-sheet__head">
          <div>
            <p className="interest-sheet__eyebrow">{t('leads.interested')}</p>
            <h2 id="interest-title" className="interest-sheet__title">
              {title}
            </h2>
          </div>
          <p className="interest-sheet__reference">
            {t('leads.reference')} <strong data-testid="interest-reference">{reference}</strong>
          </p>
          <TapButton
            className="interest-sheet__close"
            aria-label={t('leads.close')}
            data-testid="interest-close"
            onClick={close}
          >
            <Icon name="close" />
          </TapButton>
        </header>
        <p className="interest-sheet__intro">{t(reachable ? 'leads.intro' : 'leads.introForm')}</p>
        <div className={`interest-sheet__body${reachable ? ' interest-sheet__body--with-codes' : ''}`}>
          {reachable && (
            <section className="interest-sheet__qr" aria-label={t('leads.scanHeading')}>
              <div className="interest-sheet__codes">
                {contact.email && (
                  <QrCode
                    testId="interest-qr-mail"
                    value={mailto(contact.email, t('leads.mailSubject', vars), t('leads.mailBody', vars))}
                    label={t('leads.mailLabel', vars)}
                    caption={t('leads.scanMail')}
                  />
                )}
                <QrCode
                  testId="interest-qr-card"
                  value={card}
                  label={t('leads.cardLabel', vars)}
                  caption={t('leads.scanCard')}
                />
              </div>
            </section>
          )}
          {policy && accepting && !sent && (
            <LeadForm item={item} reference={reference} consent={policy.consent} onSent={() => setSent(true)} />
          )}
          {sent && (
            <section className="interest-sheet__thanks" data-testid="lead-thanks" aria-live="polite">
              <h3>{t('leads.thanks.heading')}</h3>
              <p>{t('leads.thanks.body', vars)}</p>
              <TapButton className="lead-form__send" onClick={close}>
                {t('leads.close')}
              </TapButton>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
