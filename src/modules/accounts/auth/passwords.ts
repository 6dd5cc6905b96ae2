/**
 * NIST SP 800-63B password rules: at least 8 characters, no composition rules, and refuse
 * passwords that appear in lists of common or breached passwords. The list is zxcvbn's
 * (about 49,000 entries), held in memory as a set of the entries long enough to matter.
 */
import { dictionary } from '@zxcvbn-ts/language-common';

const common = new Set(
  (dictionary as { passwords: string[] }).passwords
    .filter((p) => p.length >= 8)
    .map((p) => p.toLowerCase()),
);

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

export const isCommonPassword = (password: string) => common.has(password.toLowerCase());
