/** The stylesheet as sent: smaller, and every rule of public/app.css still in it. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyCss, stylesheet } from './assets.js';

describe('minifyCss', () => {
  it('drops comments and layout whitespace, keeping descendant combinators', () => {
    expect(
      minifyCss(`/* the frame */
main .wrap,
a > b {
  padding: 0 1rem; /* why */
  font: 1rem / 1.5 "Segoe UI", sans-serif;
}
@media (max-width: 40rem) {
  main :focus-visible {
    outline: 3px solid var(--focus);
  }
}
`),
    ).toBe(
      'main .wrap,a>b{padding: 0 1rem;font: 1rem / 1.5 "Segoe UI",sans-serif}@media (max-width: 40rem){main :focus-visible{outline: 3px solid var(--focus)}}',
    );
  });

  it('sends public/app.css with every rule and declaration, in a third less', () => {
    const source = fs.readFileSync(new URL('../../public/app.css', import.meta.url), 'utf8');
    const uncommented = source.replace(/\/\*[\s\S]*?\*\//g, '');
    const count = (text: string, char: string) => text.split(char).length - 1;
    expect(count(stylesheet.body, '{')).toBe(count(uncommented, '{'));
    expect(count(stylesheet.body, '}')).toBe(count(uncommented, '}'));
    expect(count(stylesheet.body, ':')).toBe(count(uncommented, ':'));
    expect(stylesheet.body).not.toContain('/*');
    expect(stylesheet.body.length).toBeLessThan(source.length * 0.75);
  });
});
