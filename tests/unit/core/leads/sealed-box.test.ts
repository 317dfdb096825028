import { describe, expect, it } from 'vitest';
import { generateLeadKeyPair, openBox, sealBox, SealedBoxError } from '../../../../main/core/leads/sealed-box.ts';

describe('sealed box', () => {
  it('opens with the matching private key only', () => {
    const bureau = generateLeadKeyPair();
    const thief = generateLeadKeyPair();
    const box = sealBox(bureau.publicKey, Buffer.from('张三 zhang@example.com'));
    expect(openBox(bureau.privateKey, box).toString()).toBe('张三 zhang@example.com');
    expect(() => openBox(thief.privateKey, box)).toThrow(SealedBoxError);
  });

  it('holds nothing readable, and two boxes of the same text differ', () => {
    const { publicKey } = generateLeadKeyPair();
    const a = sealBox(publicKey, Buffer.from('zhang@example.com'));
    const b = sealBox(publicKey, Buffer.from('zhang@example.com'));
    expect(JSON.stringify(a)).not.toContain('zhang');
    expect(Buffer.from(a.ct, 'base64').toString()).not.toContain('zhang');
    expect(a.ct).not.toBe(b.ct);
    expect(a.epk).not.toBe(b.epk);
  });

  it('refuses a box with a changed byte', () => {
    const { publicKey, privateKey } = generateLeadKeyPair();
    const box = sealBox(publicKey, Buffer.from('a lead'));
    const ct = Buffer.from(box.ct, 'base64');
    ct[0] = (ct[0] ?? 0) ^ 1;
    expect(() => openBox(privateKey, { ...box, ct: ct.toString('base64') })).toThrow(SealedBoxError);
  });
});
