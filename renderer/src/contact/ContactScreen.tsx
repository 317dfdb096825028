import { motion } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { usePack, useText } from '../kiosk/store';
import { FigureTile } from '../ui/FigureTile';
import { Icon } from '../ui/Icon';
import { QrCode } from '../ui/QrCode';
import { riseVariants, Screen, staggerVariants } from '../ui/Screen';
import { displayUrl, qrTarget } from '../kiosk/qr';

/** Invest here: who to talk to, and QR codes for the website and e-mail where the pack has them. */
export function ContactScreen() {
  const { t } = useTranslation();
  const pack = usePack();
  const tx = useText();
  const { contact, city } = pack;
  const organisation = tx(contact.organisation);
  const rows = [
    contact.address && { id: 'address', label: t('contact.address'), value: tx(contact.address) },
    contact.phone && { id: 'phone', label: t('contact.phone'), value: contact.phone },
    contact.email && { id: 'email', label: t('contact.email'), value: contact.email },
    contact.website && { id: 'website', label: t('contact.website'), value: displayUrl(contact.website) },
  ].filter((r) => !!r);

  return (
    <Screen testId="screen-contact" className="contact" label={t('contact.heading')}>
      <div className="contact__scroll scroll-area" tabIndex={0}>
        <motion.div className="contact__layout" variants={staggerVariants} initial="hidden" animate="show">
          <motion.header className="contact__header" variants={riseVariants}>
            <p className="eyebrow">{tx(city.name)}</p>
            <h1 className="page-title">{t('contact.heading')}</h1>
            <p className="contact__tagline">{tx(city.tagline)}</p>
          </motion.header>

          <motion.section className="contact-card" variants={riseVariants} aria-labelledby="contact-org">
            <span className="contact-card__mark" aria-hidden="true">
              <Icon name="pin" />
            </span>
            <h2 className="contact-card__org" id="contact-org">
              {organisation}
            </h2>
            {contact.note && <p className="contact-card__note">{tx(contact.note)}</p>}
            {rows.length > 0 && (
              <dl className="contact-card__rows">
                {rows.map((r) => (
                  <div key={r.id} className="contact-card__row">
                    <dt>{r.label}</dt>
                    <dd>{r.value}</dd>
                  </div>
                ))}
              </dl>
            )}
            {(contact.website || contact.email) && (
              <div className="contact__qrs" role="group" aria-label={t('contact.scanHeading')}>
                <h3 className="section-title">{t('contact.scanHeading')}</h3>
                <div className="contact__qr-row">
                  {contact.website && (
                    <QrCode
                      testId="contact-qr-website"
                      value={qrTarget('website', contact.website)}
                      label={t('qr.websiteLabel', { name: organisation })}
                      caption={t('qr.scanWebsite')}
                      detail={displayUrl(contact.website)}
                    />
                  )}
                  {contact.email && (
                    <QrCode
                      testId="contact-qr-email"
                      value={qrTarget('email', contact.email)}
                      label={t('qr.emailLabel', { name: organisation })}
                      caption={t('qr.scanEmail')}
                      detail={contact.email}
                    />
                  )}
                </div>
              </div>
            )}
          </motion.section>

          <motion.section className="contact__why" variants={riseVariants} aria-labelledby="contact-why">
            <h2 className="section-title" id="contact-why">
              {t('contact.whyHeading', { city: tx(city.name) })}
            </h2>
            <div className="figure-grid figure-grid--compact">
              {city.headlineFigures.slice(0, 4).map((f, i) => (
                <FigureTile key={i} figure={f} size="small" accent={i % 2 ? 'amber' : 'teal'} />
              ))}
            </div>
          </motion.section>
        </motion.div>
      </div>
    </Screen>
  );
}
