import { describe, expect, it } from 'vitest';
import { markdownText } from './markdown.js';

describe('markdownText', () => {
  it('keeps the words and paragraphs, drops the formatting, and keeps link addresses', () => {
    const text = [
      'Hundreds of NGO representatives on **one** platform, _in person_.',
      'Read `the agenda` at [our site](https://ngo.az/agenda) or https://forum.az.\nThen sign up.',
      '## Programme',
      '- Opening\n- Panels\n  - Youth',
      '1. First\n2. Second',
      '> A quoted line',
      '![The hall](https://ngo.az/hall.png)',
    ].join('\n\n');
    expect(markdownText(text)).toBe(
      [
        'Hundreds of NGO representatives on one platform, in person.',
        'Read the agenda at our site (https://ngo.az/agenda) or https://forum.az.\nThen sign up.',
        'Programme',
        '- Opening\n- Panels\n  - Youth',
        '1. First\n2. Second',
        'A quoted line',
        'The hall',
      ].join('\n\n'),
    );
  });

  it('writes raw HTML as the text it is, and an empty text as empty', () => {
    expect(markdownText('<b>bold</b> & more')).toBe('<b>bold</b> & more');
    expect(markdownText('')).toBe('');
  });
});
