import { describe, expect, it } from 'vitest';
import { formatReadingTime, readingMinutes } from '@/lib/reading-time';

/** `count` distinct-looking German words separated by spaces. */
const words = (count: number) => Array.from({ length: count }, (_, index) => `Wort${index}`).join(' ');

describe('readingMinutes', () => {
  it('counts about 200 words per minute', () => {
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(400))).toBe(2);
    expect(readingMinutes(words(800))).toBe(4);
  });

  it('rounds to the nearest minute', () => {
    expect(readingMinutes(words(499))).toBe(2);
    expect(readingMinutes(words(500))).toBe(3);
    expect(readingMinutes(words(699))).toBe(3);
  });

  it('is at least one minute, even for a very short or empty body', () => {
    expect(readingMinutes('Kurz.')).toBe(1);
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(99))).toBe(1);
  });

  it('does not count Markdown syntax, link targets or code blocks as words', () => {
    const syntax = Array.from({ length: 300 }, () => '## > * | ---').join('\n');
    expect(readingMinutes(`${words(400)}\n${syntax}`)).toBe(2);

    const links = Array.from(
      { length: 300 },
      () => '[Quelle](https://example.com/ein/sehr/langer/pfad?mit=parametern)',
    ).join(' ');
    expect(readingMinutes(links)).toBe(2); // 300 link texts, the targets dropped

    const code = `\`\`\`\n${words(1000)}\n\`\`\``;
    expect(readingMinutes(`${words(200)}\n\n${code}`)).toBe(1);
  });

  it('counts numbers as words and ignores lone punctuation', () => {
    const numbers = Array.from({ length: 400 }, (_, index) => `${index}.000`).join(' – ');
    expect(readingMinutes(numbers)).toBe(2);
  });
});

describe('formatReadingTime', () => {
  it('writes "4 Min. Lesezeit"', () => {
    expect(formatReadingTime(4)).toBe('4 Min. Lesezeit');
    expect(formatReadingTime(1)).toBe('1 Min. Lesezeit');
  });
});
