import { describe, expect, it } from 'vitest';
import { markers, replaceSection } from '@/scripts/bench/docs';

const skeleton = [
  '# Benchmarks',
  '',
  '## Maschine',
  '',
  '(wird ausgefüllt)',
  '',
  '## Loader',
  '',
  '(wird ausgefüllt)',
  '',
  '## Lighthouse',
  '',
  '(wird ausgefüllt)',
  '',
].join('\n');

describe('replaceSection', () => {
  it('replaces the placeholder of one section with a marked body and leaves the others as they were', () => {
    const updated = replaceSection(skeleton, 'Loader', '| a |\n| --- |');
    const { start, end } = markers('Loader');
    expect(updated).toBe(
      [
        '# Benchmarks',
        '',
        '## Maschine',
        '',
        '(wird ausgefüllt)',
        '',
        '## Loader',
        '',
        start,
        '| a |\n| --- |',
        end,
        '',
        '## Lighthouse',
        '',
        '(wird ausgefüllt)',
        '',
      ].join('\n'),
    );
  });

  it('replaces only the marked part on a second run, keeping prose written after the markers', () => {
    const first = replaceSection(skeleton, 'Maschine', 'alt');
    const withNotes = first.replace(
      `${markers('Maschine').end}\n`,
      `${markers('Maschine').end}\n\nHandgeschriebene Einordnung.\n`,
    );
    const second = replaceSection(withNotes, 'Maschine', 'neu');
    expect(second).toContain(
      `${markers('Maschine').start}\nneu\n${markers('Maschine').end}\n\nHandgeschriebene Einordnung.`,
    );
    expect(second).not.toContain('alt');
    expect(second.split('## Loader')[1]).toBe(skeleton.split('## Loader')[1]);
  });

  it('fills the last section of a file', () => {
    const updated = replaceSection(skeleton, 'Lighthouse', 'Wert');
    expect(
      updated.endsWith(`## Lighthouse\n\n${markers('Lighthouse').start}\nWert\n${markers('Lighthouse').end}\n`),
    ).toBe(true);
  });

  it('names a missing section', () => {
    expect(() => replaceSection(skeleton, 'Last und Speicher', 'x')).toThrow('„## Last und Speicher“');
  });
});
