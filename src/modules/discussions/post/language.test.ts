/** The language guess: ours when it is ours, "other" when it is not, the page's when too short. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['Rəqəmsal QHT süni intellektdən necə istifadə edə bilər?', 'az'],
    ['How can a digital NGO use AI for measurable results?', 'en'],
    ['Как цифровые НКО могут использовать искусственный интеллект?', 'ru'],
    ['Dijital sivil toplum kuruluşları yapay zekâyı nasıl kullanabilir ve ölçebilir?', 'other'],
    ['Wie können digitale Organisationen künstliche Intelligenz sinnvoll nutzen?', 'other'],
  ])('reads %s as %s', (text, language) => {
    expect(detectLanguage(text, 'en')).toBe(language);
  });

  it('takes a text too short to tell to be in the page’s language', () => {
    expect(detectLanguage('Bu gün', 'az')).toBe('az');
    expect(detectLanguage('+1', 'ru')).toBe('ru');
  });
});
