import { describe, expect, it } from 'vitest';
import { slugPattern, toSlug } from '@/lib/slug';

describe('toSlug', () => {
  it.each([
    ['Übernahme', 'uebernahme'],
    ['Straße', 'strasse'],
    ['Künstliche Intelligenz', 'kuenstliche-intelligenz'],
    ['Ökosystem', 'oekosystem'],
    ['Ärger über Zölle', 'aerger-ueber-zoelle'],
    ['SU7', 'su7'],
    ['YU7', 'yu7'],
    ['Trådfri', 'tradfri'],
    ['Smart Home', 'smart-home'],
    ['Smart-Home', 'smart-home'],
    ['Lei Jun', 'lei-jun'],
    ['  Xiaomi  EV  ', 'xiaomi-ev'],
    ['MiMo-Embodied', 'mimo-embodied'],
    ['Xiaomi & IKEA', 'xiaomi-and-ikea'],
    ['40.000 Autos!', '40-000-autos'],
  ])('turns "%s" into "%s"', (text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });

  it('keeps letters and digits together instead of splitting camel case ("SU7" stays "su7", "MiMo" stays "mimo")', () => {
    expect(toSlug('SU7')).not.toBe('su-7');
    expect(toSlug('MiMo')).toBe('mimo');
  });

  it('always produces something slugPattern accepts for real names', () => {
    for (const name of ['Übernahme', 'Straße', 'Künstliche Intelligenz', 'Trådfri', 'Xiaomi & IKEA', '40.000 Autos!']) {
      expect(toSlug(name), name).toMatch(slugPattern);
    }
  });
});

describe('slugPattern', () => {
  it.each(['su7', 'xiaomi-su7-startet', 'a', '2025', 'ikea-und-faw-kooperieren-mit-xiaomi'])('accepts "%s"', (slug) => {
    expect(slugPattern.test(slug)).toBe(true);
  });

  it.each([
    ['Xiaomi-SU7', 'uppercase letters'],
    ['xiaomi_su7', 'an underscore'],
    ['xiaomi--su7', 'a double hyphen'],
    ['-xiaomi', 'a leading hyphen'],
    ['xiaomi-', 'a trailing hyphen'],
    ['übernahme', 'an umlaut'],
    ['xiaomi su7', 'a space'],
    ['xiaomi.su7', 'a dot'],
    ['', 'nothing at all'],
  ])('rejects "%s" (%s)', (slug) => {
    expect(slugPattern.test(slug)).toBe(false);
  });
});
