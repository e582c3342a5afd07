import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement, Fragment } from 'react';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleShareImage, SiteShareImage } from '@/components/ShareImage';
import type { ListedArticle } from '@/lib/content/catalog';
import { brandMarkDataUri } from '@/lib/share-image/brand-mark';
import { cachedPng, forgetPruning, resolvedTree, shareImageKey } from '@/lib/share-image/cache';
import { shareImageFonts } from '@/lib/share-image/fonts';
import { shareImageSize } from '@/lib/share-image/layout';
import { makeArticle } from './helpers';

const directories: string[] = [];
const cacheDir = () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'xiaomi-im-blick-share-cache-'));
  directories.push(directory);
  return directory;
};
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});
beforeEach(forgetPruning);

const png = (text: string) => async () => new TextEncoder().encode(`\x89PNG ${text}`).buffer as ArrayBuffer;

describe('resolvedTree', () => {
  it('renders function components down to host elements, keeping text, styles and attributes', () => {
    const Label = ({ text }: { text: string }) => createElement('span', { style: { color: 'red' } }, text);
    const Card = ({ title }: { title: string }) =>
      createElement('div', { style: { display: 'flex' } }, createElement(Label, { text: title }), null, [
        createElement(Fragment, { key: 'a' }, 'x'),
      ]);
    expect(resolvedTree(createElement(Card, { title: 'SU7' }))).toEqual({
      type: 'div',
      props: { style: { display: 'flex' } },
      children: [
        { type: 'span', props: { style: { color: 'red' } }, children: 'SU7' },
        null,
        [{ type: 'fragment', props: {}, children: 'x' }],
      ],
    });
  });
});

describe('shareImageKey', () => {
  const article: ListedArticle = {
    ...makeArticle({ slug: 'su7', title: 'Xiaomi liefert mehr SU7 aus', kicker: 'Auslieferungen' }),
    state: 'published',
  };
  const key = async (element: Parameters<typeof shareImageKey>[0], options: object = shareImageSize) =>
    shareImageKey(element, options, await shareImageFonts());

  it('is the same for the same card and differs when anything the card shows differs', async () => {
    const brandMark = await brandMarkDataUri();
    const card = (changes: Partial<typeof article> = {}) =>
      createElement(ArticleShareImage, { article: { ...article, ...changes }, brandMark });
    const base = await key(card());
    expect(await key(card())).toBe(base);
    // What the card does not show leaves the key alone: the body, the sources, the tags.
    expect(await key(card({ html: '<p>anderer Text</p>', tags: [] }))).toBe(base);
    for (const changed of [
      card({ title: 'Xiaomi liefert weniger SU7 aus' }),
      card({ kicker: 'Absatz' }),
      card({ type: 'analyse' }),
      card({ ressort: 'zahlen' }),
      card({ date: { ...article.date, instant: new Date('2025-02-01T12:00:00Z') } }),
      createElement(ArticleShareImage, { article, brandMark: 'data:image/svg+xml;base64,PHN2Zy8+' }),
      createElement(SiteShareImage, { brandMark }),
    ])
      expect(await key(changed)).not.toBe(base);
    expect(await key(card(), { ...shareImageSize, width: 600 })).not.toBe(base);
  });

  it('changes with the fonts', async () => {
    const element = createElement('div', {}, 'Xiaomi');
    const fonts = await shareImageFonts();
    const other = fonts.map((font, index) => (index === 0 ? { ...font, data: new Uint8Array([1, 2, 3]) } : font));
    expect(shareImageKey(element, shareImageSize, other)).not.toBe(shareImageKey(element, shareImageSize, fonts));
  });
});

describe('cachedPng', () => {
  it('renders a card once and serves it from the cache on the next build', async () => {
    const directory = cacheDir();
    const render = vi.fn(png('eins'));
    const first = await cachedPng('a'.repeat(32), render, directory);
    const second = await cachedPng('a'.repeat(32), render, directory);
    expect(render).toHaveBeenCalledTimes(1);
    expect(Buffer.from(second)).toEqual(Buffer.from(first));
    expect(readdirSync(directory)).toEqual([`${'a'.repeat(32)}.png`]);

    const other = vi.fn(png('zwei'));
    expect(new TextDecoder().decode(await cachedPng('b'.repeat(32), other, directory))).toContain('zwei');
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('creates its folder and still returns the card when it cannot write one', async () => {
    const parent = cacheDir();
    const nested = path.join(parent, 'cache', 'share-images');
    await cachedPng('c'.repeat(32), png('drei'), nested);
    expect(existsSync(path.join(nested, `${'c'.repeat(32)}.png`))).toBe(true);

    const blocked = path.join(parent, 'eine-datei');
    writeFileSync(blocked, 'kein Ordner');
    const card = await cachedPng('d'.repeat(32), png('vier'), blocked);
    expect(new TextDecoder().decode(card)).toContain('vier');
    expect(readFileSync(blocked, 'utf8')).toBe('kein Ordner');
  });

  it('removes entries nobody used for 30 days, and a hit counts as a use', async () => {
    const directory = cacheDir();
    const entry = (letter: string) => path.join(directory, `${letter.repeat(32)}.png`);
    const monthAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    await cachedPng('e'.repeat(32), png('alt'), directory);
    await cachedPng('f'.repeat(32), png('benutzt'), directory);
    utimesSync(entry('e'), monthAgo, monthAgo);
    utimesSync(entry('f'), monthAgo, monthAgo);
    const render = vi.fn(png('benutzt'));
    await cachedPng('f'.repeat(32), render, directory); // this process pruned already: a hit
    expect(render).not.toHaveBeenCalled();

    forgetPruning(); // the next build's process
    await cachedPng('g'.repeat(32), png('neu'), directory);
    expect(readdirSync(directory).sort()).toEqual([`${'f'.repeat(32)}.png`, `${'g'.repeat(32)}.png`]);
  });
});
