/**
 * The studio's preview follows the studio (kiosk/preview-mode.ts): the language and the screen of
 * its last message. PreviewVisit starts or ends the visit (a screen, or the attract loop) and sets
 * the language; PreviewFollower, inside a visit, shows the screen asked for.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../kiosk/i18n';
import { onPreviewMessage, previewMessage } from '../kiosk/preview-mode';
import { useNav, type Route } from '../kiosk/store';
import { useVisit } from '../kiosk/visit-context';

const usePreviewMessage = () => useSyncExternalStore(onPreviewMessage, previewMessage);

/** The message's route as one of the kiosk's own, or null when it names no screen the kiosk has. */
function kioskRoute(route: { name: string; id?: string } | undefined): Route | null {
  switch (route?.name) {
    case 'home':
    case 'future':
    case 'contact':
    case 'map':
    case 'clusters':
      return { name: route.name };
    case 'enterprises':
      return { name: 'enterprises' };
    case 'enterprise':
    case 'cluster':
      return route.id ? { name: route.name, id: route.id } : null;
    default:
      return null;
  }
}

export function PreviewVisit() {
  const message = usePreviewMessage();
  const visit = useVisit();
  const { i18n } = useTranslation();
  const language = message?.language;
  const name = message?.route?.name;
  useEffect(() => {
    if (language && UI_LANGUAGES.includes(language) && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);
  useEffect(() => {
    if (name === 'attract') visit.end();
    else if (name) visit.start();
  }, [name, visit]);
  return null;
}

export function PreviewFollower() {
  const message = usePreviewMessage();
  const nav = useNav();
  const route = kioskRoute(message?.route);
  const target = route ? JSON.stringify(route) : null;
  const current = JSON.stringify(nav.route);
  useEffect(() => {
    if (target && target !== current) nav.replace(JSON.parse(target) as Route);
  }, [target, current, nav]);
  return null;
}
