/**
 * The kiosk no spec records anything on: playwright.config.ts starts it (a second browser-mode
 * server, on a fresh data folder). For specs that assert how a kiosk without statistics looks
 * (`test.use({ baseURL: FRESH_KIOSK })`): by the time they run, the shared server has recorded the
 * earlier specs' touches (the monkey's "I'm interested" among them), and home marks the items with
 * the most interest.
 */
import { freshPort } from '../../playwright.config.ts';

export const FRESH_KIOSK = `http://127.0.0.1:${freshPort}/`;
