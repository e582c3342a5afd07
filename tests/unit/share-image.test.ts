import { describe, expect, it } from 'vitest';
import { shareImageFonts } from '@/lib/share-image/fonts';
import { headlineFontSize } from '@/lib/share-image/layout';
import { drawableText } from '@/lib/share-image/text';

const headline = (length: number) => 'Xiaomi liefert mehr E-Autos aus als je zuvor '.repeat(4).slice(0, length);

describe('headlineFontSize', () => {
  it('sets short headlines large and the longest the schema allows (110 characters) smallest', () => {
    expect(headlineFontSize(headline(30))).toBe(80);
    expect(headlineFontSize(headline(60))).toBe(70);
    expect(headlineFontSize(headline(85))).toBe(62);
    expect(headlineFontSize(headline(110))).toBe(56);
  });

  it('never grows as a headline gets longer', () => {
    const sizes = Array.from({ length: 160 }, (_, index) => headlineFontSize(headline(index + 1)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('counts characters, not UTF-16 units, and ignores surrounding spaces', () => {
    expect(headlineFontSize(`  ${'Ä'.repeat(45)}  `)).toBe(80);
    expect(headlineFontSize('𝐗'.repeat(45))).toBe(80);
  });
});

describe('shareImageFonts', () => {
  it('reads a WOFF file (not WOFF2, which next/og cannot read) for every face and subset', async () => {
    const fonts = await shareImageFonts();
    expect(fonts.map(({ name, weight }) => `${name} ${weight}`)).toEqual([
      'Source Serif 4 700',
      'Source Serif 4 Latin Extended 700',
      'Source Sans 3 400',
      'Source Sans 3 Latin Extended 400',
      'Source Sans 3 700',
      'Source Sans 3 Latin Extended 700',
    ]);
    for (const font of fonts)
      expect(
        Buffer.from(font.data as ArrayBuffer)
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('wOFF');
  });
});

describe('drawableText', () => {
  it('keeps German text, typographic quotes, dashes and Latin Extended names', () => {
    const text = '„Škoda“ und Xiaomi – Größe, Maß & 40.000 € … Łódź';
    expect(drawableText(text)).toBe(text);
  });

  it('drops emoji and Chinese characters, with the brackets and spaces they leave behind', () => {
    expect(drawableText('Xiaomi jubelt 🚗 über Rekord')).toBe('Xiaomi jubelt über Rekord');
    expect(drawableText('Lei Jun (雷军) stellt den 小米 YU7 vor')).toBe('Lei Jun stellt den YU7 vor');
    expect(drawableText('🚗')).toBe('');
  });

  it('turns line separators, tabs and special spaces into spaces, keeping a narrow no-break space unbreakable', () => {
    expect(drawableText('Zeile\u2028eins\u2029zwei\tdrei\nvier')).toBe('Zeile eins zwei drei vier');
    expect(drawableText('48\u202f654 Autos')).toBe('48\u00a0654 Autos');
  });

  it('writes the hyphens the fonts lack (U+2010, U+2011) as a plain hyphen', () => {
    expect(drawableText('E\u2011Auto und E\u2010Bike')).toBe('E-Auto und E-Bike');
  });

  it('drops invisible format characters the fonts have no glyph for: joiners, direction marks and overrides', () => {
    expect(drawableText('a\u200db\u200ec\u200fd\u202ee\u2060f')).toBe('abcdef');
    expect(drawableText('\u202eRLO\u202c')).toBe('RLO');
  });
});
