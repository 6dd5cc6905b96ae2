/**
 * A post's language when its author does not say: franc's guess among the platform's
 * languages and a few neighbours. The candidates are few on purpose: among all of franc's
 * languages a short English sentence reads as Scots or Bislama, while among these it reads as
 * English; the neighbours (Turkish beside Azerbaijani, Ukrainian and Belarusian beside
 * Russian…) keep a post in one of them from being called ours. Text too short to tell is taken
 * to be in the language the author's page is in.
 */
import { franc } from 'franc';
import type { Locale } from '../../../platform/i18n/index.js';
import type { PostLanguage } from '../tables.js';

const OURS: Record<string, PostLanguage> = { azj: 'az', aze: 'az', eng: 'en', rus: 'ru' };
const CANDIDATES = [
  ...Object.keys(OURS),
  'tur',
  'ukr',
  'bel',
  'kaz',
  'uzn',
  'deu',
  'fra',
  'spa',
  'arb',
  'pes',
];

/** @example detectLanguage('Как цифровые НКО могут использовать ИИ?', 'en') // 'ru' */
export function detectLanguage(text: string, pageLocale: Locale): PostLanguage {
  const guess = franc(text, { only: CANDIDATES });
  if (guess === 'und') return pageLocale;
  return OURS[guess] ?? 'other';
}
