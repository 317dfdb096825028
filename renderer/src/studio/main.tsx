// The content studio's page (issue 20): staff edit a pack's draft with forms generated from the
// schema, see the kiosk's own screens in a preview, and publish. Served only by the studio server.
// The shared sheets come first: each panel's own sheet, imported with the panel, builds on them.
// The draft is asked for before the app's code is loaded and run: the two overlap.
import '../ui/tokens.css';
import './studio.css';
import { studioApi } from './studio-api';

const first = studioApi.draft();
// Handled where the app waits for it; not an unhandled rejection meanwhile.
first.catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from studio.html');
void import('./boot').then(({ boot }) => boot(root, first));
