// The content studio's page (issue 20): staff edit a pack's draft with forms generated from the
// schema, see the kiosk's own screens in a preview, and publish. Served only by the studio server.
// The shared sheets come first: each panel's own sheet, imported with the panel, builds on them.
import '../ui/tokens.css';
import './studio.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialUiLanguage, setUiLanguage } from './studio-i18n';
import { StudioApp } from './StudioApp';

setUiLanguage(initialUiLanguage());

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from studio.html');
createRoot(root).render(
  <StrictMode>
    <StudioApp />
  </StrictMode>,
);
