// The studio's React app, loaded by main.tsx once it has asked the server for the draft.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StudioDraftState } from '../../../main/contract/studio';
import { initialUiLanguage, setUiLanguage } from './studio-i18n';
import { StudioApp } from './StudioApp';

export function boot(root: HTMLElement, first: Promise<StudioDraftState>): void {
  setUiLanguage(initialUiLanguage());
  createRoot(root).render(
    <StrictMode>
      <StudioApp first={first} />
    </StrictMode>,
  );
}
