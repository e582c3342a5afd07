import { describe, expect, it } from 'vitest';
import { FrontMatterSyntaxError, parseFile } from '@/lib/content/front-matter';

describe('parseFile splits a Markdown file into front matter and body', () => {
  it('reads the fields between the two --- lines and keeps file lines for the body and each field', () => {
    const file = parseFile('---\ntitle: "Eins"\ntags:\n  - SU7\n---\nErster Absatz.\n');
    expect(file).toMatchObject({ data: { title: 'Eins', tags: ['SU7'] }, hasFrontMatter: true, bodyStartLine: 6 });
    expect(file.body).toBe('Erster Absatz.\n');
    expect(file.lineOf(['title'])).toBe(2);
    expect(file.lineOf(['tags', 0])).toBe(4);
  });

  it('allows trailing spaces on the --- lines and an empty header', () => {
    expect(parseFile('---  \ntitle: x\n--- \nText').body).toBe('Text');
    expect(parseFile('---\n---\nText')).toMatchObject({ data: {}, body: 'Text', bodyStartLine: 3 });
  });

  it('treats a file without an opening --- line (or with a ---- rule) as all body', () => {
    for (const text of ['Nur Text.\n', '----\ntitle: x\n----\n', ' ---\ntitle: x\n---\n']) {
      expect(parseFile(text)).toMatchObject({ data: {}, body: text, hasFrontMatter: false, bodyStartLine: 1 });
    }
  });

  it('refuses a header that never ends, on line 1, instead of reading the body as YAML', () => {
    const error = (() => {
      try {
        parseFile('---\ntitle: x\n\nText ohne Ende des Kopfbereichs.\n');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(FrontMatterSyntaxError);
    expect(error).toMatchObject({ line: 1, message: expect.stringContaining('Der Kopfbereich endet nicht') });
  });

  it('names the file line of a YAML error in the header', () => {
    expect(() => parseFile('---\ntitle: x\ntitle: y\n---\n')).toThrow(
      expect.objectContaining({ line: 3, message: expect.stringContaining('Ein Feld steht doppelt im Kopfbereich') }),
    );
  });

  it('does not share parsed data between two files with the same header', () => {
    const text = '---\ntags: [SU7]\n---\n';
    const first = parseFile(text).data as { tags: string[] };
    first.tags.push('verändert');
    expect(parseFile(text).data).toEqual({ tags: ['SU7'] });
  });
});
