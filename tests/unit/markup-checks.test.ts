import { describe, expect, it } from 'vitest';
import { findExecutableMarkup, urlScheme } from '../markup-checks';

// The checker the XSS tests rely on (tests/markup-checks.ts) must itself find what it claims to.

const origin = 'http://127.0.0.1:3305';

describe('findExecutableMarkup on content fragments', () => {
  const caught: [string, string, RegExp][] = [
    ['a script element', '<p>x</p><script>alert(1)</script>', /^<script> does not belong in content$/],
    ['an event handler', '<img src="/a.png" onerror="alert(1)">', /^<img> has the event handler onError="alert\(1\)"$/],
    [
      'a javascript: link with a tab in the scheme',
      '<a href="java&#x09;script:alert(1)">x</a>',
      /^<a> href uses javascript: /,
    ],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', /^<img> src uses data: /],
    ['a vbscript: link after spaces', '<a href="  vbscript:msgbox(1)">x</a>', /^<a> href uses vbscript: /],
    [
      'an svg xlink:href',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      /^<a> xLinkHref uses javascript: /,
    ],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', /^<iframe> is not allowed$/],
    ['a base element', '<base href="https://evil.example/">', /^<base> is not allowed$/],
    [
      'a meta refresh',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      /^<meta> refreshes the page$/,
    ],
    ['a style expression', '<div style="width: expr/**/ession(alert(1))">x</div>', /^<div> has a dangerous style/],
    [
      'a style url(javascript:)',
      '<div style="background: url( \'javascript:alert(1)\')">x</div>',
      /^<div> has a dangerous style/,
    ],
    [
      'a form posting elsewhere',
      '<form action="https://evil.example/"></form>',
      /^<form> action sends to https:\/\/evil\.example\/$/,
    ],
    [
      'an image from another host',
      '<img src="https://evil.example/x.png" alt="">',
      /^<img> src loads from another host/,
    ],
    ['a protocol-relative image', '<img src="//evil.example/x.png" alt="">', /^<img> src loads from another host/],
  ];

  it.each(caught)('finds %s', (_, html, finding) => {
    expect(findExecutableMarkup(html, { fragment: true })).toContainEqual(expect.stringMatching(finding));
  });

  it('accepts what the Markdown pipeline makes: links, images from the site, task-list checkboxes, charts', () => {
    const html =
      '<p><a href="https://www.mi.com" class="extern" rel="noopener noreferrer">Xiaomi</a> <a href="/artikel/x">x</a> <a href="mailto:a@b.de">Mail</a></p>' +
      '<p><img src="/bilder/su7.jpg" alt="SU7"></p><ul><li><input type="checkbox" disabled> offen</li></ul>' +
      '<figure><svg viewBox="0 0 10 10" role="img"><rect width="5" height="5"></rect></svg></figure>';
    expect(findExecutableMarkup(html, { fragment: true })).toEqual([]);
  });
});

describe('findExecutableMarkup on whole pages', () => {
  const page = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

  it("accepts Next's own scripts: chunks under /_next/ and inline pushes of pure JSON data", () => {
    const html = page(
      '<script src="/_next/static/chunks/a.js" async=""></script><link rel="stylesheet" href="/_next/static/a.css"><link rel="canonical" href="https://example.com/x">',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>' +
        '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["a.js"]});</script>' +
        '<script type="application/ld+json">{"headline":"\\u003c/script>"}</script><form action="/suche" role="search"></form>',
    );
    expect(findExecutableMarkup(html, { fragment: false, origin })).toEqual([]);
  });

  it('finds inline code that only starts like a Next data push', () => {
    const html = page('', '<script>self.__next_f.push([1,"x"]);alert(1)</script>');
    expect(findExecutableMarkup(html, { fragment: false, origin })).toEqual([
      '<script> runs inline code "self.__next_f.push([1,"x"]);alert(1)"',
    ]);
  });

  it('finds scripts from elsewhere, stylesheets from another host and JSON-LD that is no JSON', () => {
    const html = page(
      '<script src="https://evil.example/x.js"></script><link rel="stylesheet" href="https://evil.example/x.css">',
      '<script type="application/ld+json">{"headline": <!-- x</script>',
    );
    expect(findExecutableMarkup(html, { fragment: false, origin })).toEqual([
      '<script> loads https://evil.example/x.js',
      '<script> src loads from another host (https://evil.example/x.js)',
      '<link> href loads from another host (https://evil.example/x.css)',
      '<script> JSON-LD contains "</script" or "<!--"',
      '<script> JSON-LD is not JSON: {"headline": <!-- x',
    ]);
  });
});

describe('urlScheme', () => {
  it('reads the scheme as a browser does: case-insensitive, ignoring leading controls and inner tabs and newlines', () => {
    expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(urlScheme('\u0001 java\tscr\nipt:alert(1)')).toBe('javascript');
    expect(urlScheme('/artikel/x')).toBeUndefined();
    expect(urlScheme('#fn-1')).toBeUndefined();
  });
});
