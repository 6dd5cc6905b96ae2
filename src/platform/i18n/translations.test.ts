import { describe, expect, it } from 'vitest';
import { readTranslation } from './translations.js';

describe('readTranslation', () => {
  const json = JSON.stringify({ az: 'Forum', en: 'The forum' });

  it('shows the requested language', () => {
    expect(readTranslation(json, 'en')).toBe('The forum');
  });

  it('falls back to the original, then to any language there is', () => {
    expect(readTranslation(json, 'ru', 'Original')).toBe('Original');
    expect(readTranslation(json, 'ru')).toBe('Forum');
  });

  it('counts unreadable or missing text as none', () => {
    expect(readTranslation('not json', 'en', 'Original')).toBe('Original');
    expect(readTranslation('[1]', 'en')).toBe('');
    expect(readTranslation(null, 'en')).toBe('');
    expect(readTranslation(undefined, 'az', 'Original')).toBe('Original');
  });
});
