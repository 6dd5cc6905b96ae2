import { describe, expect, it } from 'vitest';
import {
  foldField,
  foldForSearch,
  MAX_FIELD_LENGTH,
  MAX_QUERY_TOKENS,
  MAX_TOKEN_LENGTH,
  parseQueryTerms,
  parseSearchQuery,
  searchTokens,
} from './fold.js';
import { fts5Query, tsQueryText } from './queries.js';
import { englishSpelling } from './scripts.js';

describe('foldForSearch', () => {
  it.each([
    ['Xankəndi', 'xankendi'],
    ['XANKƏNDİ', 'xankendi'],
    ['Əli Həsənov', 'eli hesenov'],
    ['Bakı', 'baki'],
    ['İsmayıllı', 'ismayilli'],
    ['ığüşöçəİ', 'igusoce' + 'i'],
    ['Gəncə Şəhər Çağırış Ödənişi Üçün', 'gence seher cagiris odenisi ucun'],
    ['Ханкенди', 'ханкенди'],
    ['ХАНКЕНДИ', 'ханкенди'],
    ['Ёлка ёж', 'елка еж'],
    ['Айгерим', 'айгерим'],
    ['ЙОД Йошкар-Ола', 'йод йошкар ола'],
    ['Café naïve Ångström', 'cafe naive angstrom'],
    ['Łódź Straße Øresund Æsir', 'lodz strasse oresund aesir'],
    ['ﬁnance ＮＧＯ x²', 'finance ngo x2'],
  ])('%s → %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('keeps й a letter of its own whether composed or decomposed', () => {
    expect(foldForSearch('Ай\u0433ерим')).toBe('айгерим');
    expect(foldForSearch('Аи\u0306герим')).toBe('айгерим');
    expect(foldForSearch('АИ\u0306ГЕРИМ')).toBe('айгерим');
  });

  it('turns punctuation, symbols and spacing into single spaces', () => {
    expect(foldForSearch('  "Baku"—Ganja/Sheki; (NGO) & co.\t\n#1 ')).toBe(
      'baku ganja sheki ngo co 1',
    );
    expect(foldForSearch('e-mail: info@ngo.az')).toBe('e mail info ngo az');
    expect(foldForSearch('🌍 ✓ ***')).toBe('');
  });

  it('is idempotent', () => {
    for (const text of ['Xankəndi', 'Айгерим', 'Łódź', 'İSTANBUL'])
      expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
  });
});

describe('searchTokens and foldField', () => {
  it('cut words to MAX_TOKEN_LENGTH characters, counting code points', () => {
    expect(searchTokens('a'.repeat(100))).toEqual(['a'.repeat(MAX_TOKEN_LENGTH)]);
    const astral = '𝒳'.repeat(MAX_TOKEN_LENGTH + 1);
    expect(Array.from(searchTokens(astral)[0]!)).toHaveLength(MAX_TOKEN_LENGTH);
  });

  it('join the values of a field and bound its size at a word boundary', () => {
    expect(foldField(['Xankendi Genclar', 'XGB', '', '—'])).toBe(
      'xankendi khankendi xankandi khankandi ханкенди genclar genjlar xgb khgb',
    );
    const long = foldField(Array.from({ length: 20_000 }, () => 'word'));
    expect(long.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    expect(long.endsWith(' word')).toBe(true);
  });
});

describe('parseSearchQuery', () => {
  it('folds, removes repeats and keeps at most MAX_QUERY_TOKENS words', () => {
    expect(parseSearchQuery('Xankəndi XANKENDI ali')).toEqual(['xankendi', 'ali']);
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(parseSearchQuery(many)).toEqual(
      Array.from({ length: MAX_QUERY_TOKENS }, (_, i) => `w${i}`),
    );
  });

  it('finds no words in blank or punctuation-only input', () => {
    for (const raw of ['', '   ', '"', '*', '&|!():-', undefined, null])
      expect(parseSearchQuery(raw)).toEqual([]);
  });

  it('reads query syntax as plain words', () => {
    expect(parseSearchQuery('"Xankəndi" NEAR(ali* OR -veli) col:x ^y')).toEqual([
      'xankendi',
      'near',
      'ali',
      'or',
      'veli',
      'col',
      'x',
      'y',
    ]);
  });

  it('reads only the start of a very long input', () => {
    const tokens = parseSearchQuery(`${'a'.repeat(10_000)} b`);
    expect(tokens).toEqual(['a'.repeat(MAX_TOKEN_LENGTH)]);
  });
});

describe('Azerbaijani ə', () => {
  it('folds to e, or to a when asked', () => {
    expect(foldForSearch('Əliyev Gəncə')).toBe('eliyev gence');
    expect(foldForSearch('Əliyev Gəncə', 'a')).toBe('aliyev ganca');
    expect(foldForSearch('ǝli Ǝli')).toBe('eli eli');
  });

  it('is indexed in both spellings', () => {
    expect(foldField(['Əli Həsənov Fondu'])).toBe('eli ali hesenov hasanov fondu');
  });

  it('keeps one spelling where the two would split differently', () => {
    // '1ə5x' is '1e5 x' (PostgreSQL reads 1e5 as a number) but '1a5x' is one word.
    expect(parseQueryTerms('1ə5x Əli')).toEqual([['1e5'], ['x', 'kh'], ['eli', 'ali']]);
    expect(foldField(['1ə5x'])).toBe('1e5 x kh');
  });

  it('is searched in both spellings', () => {
    expect(parseQueryTerms('Əli ali fond')).toEqual([['eli', 'ali'], ['ali'], ['fond']]);
    expect(parseQueryTerms('Məmmədli')[0]).toEqual(['memmedli', 'mammadli']);
    expect(parseSearchQuery('Əli ali')).toEqual(['eli', 'ali']);
  });
});

describe('query text', () => {
  it('makes every word a quoted prefix term, one-letter words whole words', () => {
    expect(fts5Query([['xank'], ['ali'], ['x']])).toBe('"xank"* AND "ali"* AND "x"');
    expect(tsQueryText([['xank'], ['ali'], ['x']])).toBe(`'xank':* & 'ali':* & 'x'`);
  });

  it('offers the spellings of a word as a choice', () => {
    expect(fts5Query([['eli', 'ali'], ['fond']])).toBe('("eli"* OR "ali"*) AND "fond"*');
    expect(tsQueryText([['eli', 'ali'], ['fond']])).toBe(`('eli':* | 'ali':*) & 'fond':*`);
    // A one-letter word stays a whole word in every spelling: x is kh in English letters.
    expect(fts5Query([['x', 'kh']])).toBe('("x" OR "kh")');
    expect(tsQueryText([['x', 'kh']])).toBe(`('x' | 'kh')`);
  });

  it('can keep to some fields', () => {
    expect(fts5Query([['xank'], ['x']], ['title', 'keywords'])).toBe(
      '{title keywords} : ("xank"* AND "x")',
    );
    expect(tsQueryText([['xank'], ['x']], ['title', 'keywords'])).toBe(`'xank':*AB & 'x':AB`);
  });

  it('escapes quotes even though parsed words never contain them', () => {
    expect(fts5Query([['a"b']])).toBe('"a""b"*');
    expect(tsQueryText([["a'b\\"]])).toBe(`'a\\'b\\\\':*`);
  });
});

describe('spellings across scripts', () => {
  it('spells Azerbaijani and Russian letters as English texts do', () => {
    expect(englishSpelling('Şuşa, Ханкенди', 'e')).toBe('shusha, khankendi');
    expect(englishSpelling('Xankəndi', 'e')).toBe('khankendi');
    expect(englishSpelling('Gəncə Qəbələ', 'a')).toBe('ganja gabala');
    expect(englishSpelling('Çağırış Ödənişi Üçün', 'e')).toBe('chaghirish odenishi uchun');
    expect(englishSpelling('Гянджа Щукино Объект', 'e')).toBe('gyanja schukino obyekt');
  });

  it('indexes every word also as spelt in English, ə both ways', () => {
    expect(foldField(['Xankəndi'])).toBe('xankendi xankandi khankendi khankandi ханкенди');
    expect(foldField(['Мингечаур Шуша'])).toBe('мингечаур mingechaur шуша shusha susa');
    expect(foldField(['Cəmil Qasımov'])).toBe('cemil camil jemil jamil qasimov gasimov');
  });

  it('searches every word in its own spelling first, then in English letters', () => {
    expect(parseQueryTerms('Ханкенди')[0]!.slice(0, 2)).toEqual(['ханкенди', 'khankendi']);
    expect(parseQueryTerms('xank')).toEqual([['xank', 'khank']]);
    expect(parseQueryTerms('Jamil Гасымов')).toEqual([['jamil'], ['гасымов', 'gasymov']]);
  });

  it('finds each spelling of a well-known place by any other', () => {
    const karabakh = ['Karabakh', 'Карабах', 'Qarabağ', 'KARABAGH'].map(
      (name) => new Set(parseQueryTerms(name)[0]),
    );
    for (const forms of karabakh)
      for (const spelling of ['karabakh', 'карабах', 'qarabag']) expect(forms).toContain(spelling);
    for (const [name, other] of [
      ['Баку', 'baki'],
      ['Baku', 'baki'],
      ['Bakı', 'баку'],
      ['Гянджа', 'gence'],
      ['Ganja', 'гянджа'],
      ['Azerbaijan', 'azerbaycan'],
      ['Азербайджан', 'azerbaijan'],
      ['Шуша', 'susa'],
      ['Khankendi', 'xankendi'],
    ] as const)
      expect(parseQueryTerms(name)[0], name).toContain(other);
    // A place's name in a text is indexed with the others, so a prefix of any of them finds it.
    expect(foldField(['Bakı şəhəri']).split(' ')).toEqual(
      expect.arrayContaining(['baki', 'baku', 'баку', 'seheri', 'shahari']),
    );
  });

  it('leaves words alone that name no place and lose nothing in English', () => {
    expect(parseQueryTerms('network')).toEqual([['network']]);
    // Куба is Cuba too: Quba's group leaves it out.
    expect(parseQueryTerms('Куба')).toEqual([['куба', 'kuba']]);
  });

  it('drops the English spelling of a word of signs alone rather than index an empty word', () => {
    expect(parseQueryTerms('ь')).toEqual([['ь']]);
    expect(foldField(['ь x']).split(' ')).not.toContain('');
  });
});
