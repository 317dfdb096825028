/** A spreadsheet the studio will not read, with the reason the page translates and where. */
import type { SheetRefusal, SheetRefusalReason } from '../../../../contract/studio-sheet.ts';

export class SheetRefused extends Error {
  constructor(
    readonly reason: SheetRefusalReason,
    readonly file: string,
    message: string,
    readonly detail: { sheetName?: string; rows?: number; limit?: number } = {},
  ) {
    super(`${file}: ${message}`);
    this.name = 'SheetRefused';
  }

  get status(): number {
    return this.reason === 'too-large' ? 413 : 422;
  }

  body(): SheetRefusal {
    return {
      code: 'invalid-request',
      message: this.message,
      sheet: { reason: this.reason, file: this.file, ...this.detail },
    };
  }
}
