import { describe, expect, it } from 'vitest';
import { mailto, vCard } from './contact-card';
import { referenceCode } from './reference-code';

describe('reference code', () => {
  it('is the prefix and four unambiguous characters', () => {
    expect(referenceCode('XZ', () => new Uint8Array([7, 20, 3, 15]))).toBe('XZ-7M3F');
    for (let i = 0; i < 200; i++) expect(referenceCode('XZ')).toMatch(/^XZ-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});

describe('vCard', () => {
  it('holds the bureau and the note, escaped, and reads back field by field', () => {
    const card = vCard(
      {
        organisation: 'Xuzhou Investment; Promotion, Bureau',
        phone: '+86 (516) 8380-0000',
        email: 'invest@example.cn',
      },
      'XZ-7K3F · Construction machinery',
    );
    const lines = card.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines).toContain('ORG:Xuzhou Investment\\; Promotion\\, Bureau');
    expect(lines).toContain('TEL;TYPE=WORK,VOICE:+8651683800000');
    expect(lines).toContain('EMAIL;TYPE=INTERNET:invest@example.cn');
    expect(lines).toContain('NOTE:XZ-7K3F · Construction machinery');
    expect(lines.at(-1)).toBe('END:VCARD');
  });
});

describe('mailto', () => {
  it('fills subject and body, in any language, so a phone reads them back intact', () => {
    const link = mailto('invest@example.cn', '[XZ-7K3F] 投资意向:工程机械', '参考编号:XZ-7K3F\n语言:zh-CN');
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('invest@example.cn');
    expect(url.searchParams.get('subject')).toBe('[XZ-7K3F] 投资意向:工程机械');
    expect(url.searchParams.get('body')).toBe('参考编号:XZ-7K3F\r\n语言:zh-CN');
    expect(link).not.toMatch(/\s/);
  });
});
