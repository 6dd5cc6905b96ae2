/**
 * Personal registration codes: 8 characters of Crockford's base32 (no I, L, O or U), shown as
 * XXXX-XXXX. Typed at a door on a phone, so reading is forgiving: any case, with or without the
 * dash or spaces, and the letters people confuse with digits read as those digits.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;

/** A fresh random code as stored: 8 characters, no dash. */
export const newRegistrationCode = () =>
  Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** The code as people read it: ABCD-2345. */
export const displayCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What someone typed or scanned, as stored; undefined when it cannot be a code. */
export function normalizeCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const char of code) if (!ALPHABET.includes(char)) return undefined;
  return code;
}
