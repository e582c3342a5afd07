import { describe, expect, it } from 'vitest';
import { createDatasets, type ChartDataset } from '@/lib/content/datasets';
import { renderMarkdown } from '@/lib/content/markdown';

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * The start tags of the renderer's output. hast-util-to-html always writes double-quoted values
 * and encodes `<` in text, so every `<` must begin a tag this pattern recognises; the function
 * checks that, so an attribute can never hide from the assertions below.
 */
function startTags(html: string): Tag[] {
  const startTag = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
  const endTag = /<\/[a-zA-Z][a-zA-Z0-9-]*>/g;
  const tags = [...html.matchAll(startTag)].map(([, name, attributeText]) => ({
    name: name!.toLowerCase(),
    attributes: Object.fromEntries(
      [...attributeText!.matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [
        key!.toLowerCase(),
        decodeEntities(value ?? ''),
      ]),
    ),
  }));
  const lessThanSigns = html.split('<').length - 1;
  expect(tags.length + (html.match(endTag)?.length ?? 0), `every "<" in ${html} is a tag`).toBe(lessThanSigns);
  return tags;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&');
}

describe('renderMarkdown: GitHub-flavoured Markdown', () => {
  it('renders a table with header and body', () => {
    const { html } = renderMarkdown('| Monat | Auslieferungen |\n|---|---:|\n| Oktober | 48.654 |\n');
    expect(html).toContain('<thead>\n<tr>\n<th>Monat</th>');
    expect(html).toContain('<td>Oktober</td>');
    expect(html).toMatch(/<td align="right">48\.654<\/td>/);
  });

  it('renders ~~strikethrough~~ as <del>', () => {
    expect(renderMarkdown('Ziel ~~350.000~~ 400.000').html).toBe('<p>Ziel <del>350.000</del> 400.000</p>');
  });

  it('renders a task list with disabled checkboxes', () => {
    const { html } = renderMarkdown('- [x] erledigt\n- [ ] offen\n');
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> erledigt</li>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled> offen</li>');
  });

  it('autolinks a bare web address and marks it as external', () => {
    const { html } = renderMarkdown('Mehr unter https://www.mi.com heute.');
    expect(html).toContain('<a href="https://www.mi.com" class="extern" rel="noopener noreferrer">');
  });
});

describe('renderMarkdown: footnotes', () => {
  const { html } = renderMarkdown(
    'Erste Aussage.[^quelle] Zweite Aussage.[^2]\n\n[^quelle]: XiaomiWelt.\n[^2]: 36Kr.\n',
  );

  it('labels the footnote section "Fußnoten" in German', () => {
    expect(html).toContain(
      '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Fußnoten</h2>',
    );
  });

  it('labels the back links in German', () => {
    expect(html).toContain('aria-label="Zurück zum Verweis 1"');
    expect(html).toContain('aria-label="Zurück zum Verweis 2"');
  });

  it('links every reference to a footnote and back: each "#…" href matches an id in the output', () => {
    const tags = startTags(html);
    const ids = new Set(tags.map((tag) => tag.attributes.id).filter((id) => id !== undefined));
    const targets = tags.map((tag) => tag.attributes.href).filter((href) => href?.startsWith('#'));
    expect(targets).toEqual([
      '#user-content-fn-quelle',
      '#user-content-fn-2',
      '#user-content-fnref-quelle',
      '#user-content-fnref-2',
    ]);
    for (const target of targets) expect(ids, target).toContain(target!.slice(1));
  });

  it('ties each reference to the footnote label for screen readers', () => {
    const references = startTags(html).filter((tag) => tag.attributes['data-footnote-ref'] !== undefined);
    expect(references).toHaveLength(2);
    for (const reference of references) expect(reference.attributes['aria-describedby']).toBe('footnote-label');
  });

  it('does not mark footnote links as external', () => {
    expect(html).not.toContain('extern');
  });
});

describe('renderMarkdown: headings and links', () => {
  it('gives section headings ids in the German slug style of every address, and a visible link to themselves', () => {
    const { html, headings } = renderMarkdown(
      '## Drei Monate über 40.000\n\n### Was offen bleibt\n\n## Was offen bleibt\n',
    );
    expect(html).toContain(
      '<h2 id="drei-monate-ueber-40-000">Drei Monate über 40.000 <a class="heading-anchor" href="#drei-monate-ueber-40-000" aria-label="Link zum Abschnitt „Drei Monate über 40.000“">#</a></h2>',
    );
    expect(html).toContain(
      '<h3 id="was-offen-bleibt">Was offen bleibt <a class="heading-anchor" href="#was-offen-bleibt"',
    );
    expect(html).toContain(
      '<h2 id="was-offen-bleibt-2">Was offen bleibt <a class="heading-anchor" href="#was-offen-bleibt-2"',
    );
    expect(headings).toEqual([
      { depth: 2, id: 'drei-monate-ueber-40-000', text: 'Drei Monate über 40.000' },
      { depth: 3, id: 'was-offen-bleibt', text: 'Was offen bleibt' },
      { depth: 2, id: 'was-offen-bleibt-2', text: 'Was offen bleibt' },
    ]);
  });

  it('transliterates like every other slug ("Nadelöhr" → nadeloehr, "Straße" → strasse), never encoded umlauts', () => {
    const { headings } = renderMarkdown('## Das Nadelöhr\n\n## Die Straße nach Europa\n');
    expect(headings.map((heading) => heading.id)).toEqual(['das-nadeloehr', 'die-strasse-nach-europa']);
  });

  it('never takes an id the page itself uses (main, Quellen, Teilen, Inhaltsverzeichnis …)', () => {
    const { headings } = renderMarkdown('## Quellen\n\n## Teilen\n\n## Inhalt\n\n## Inhaltsverzeichnis\n');
    expect(headings.map((heading) => heading.id)).toEqual([
      'quellen-2',
      'teilen-2',
      'inhalt-2',
      'inhaltsverzeichnis-2',
    ]);
  });

  it('marks external links with class "extern", rel noopener noreferrer and a screen-reader hint', () => {
    const { html } = renderMarkdown('Laut [Xiaomi](https://www.mi.com/global/) steigt der Absatz.');
    expect(html).toBe(
      '<p>Laut <a href="https://www.mi.com/global/" class="extern" rel="noopener noreferrer">Xiaomi<span><span class="sr-only"> (externer Link)</span></span></a> steigt der Absatz.</p>',
    );
  });

  it('marks plain http links as external too', () => {
    const link = startTags(renderMarkdown('[alt](http://example.com/)').html).find((tag) => tag.name === 'a');
    expect(link?.attributes).toMatchObject({ class: 'extern', rel: 'noopener noreferrer' });
  });

  it('leaves internal links, anchors and mailto links unmarked', () => {
    const { html } = renderMarkdown(
      '[Thema](/themen/su7), [oben](#anfang), [Artikel](../artikel/x) und [Mail](mailto:redaktion@example.com)',
    );
    expect(html).toBe(
      '<p><a href="/themen/su7">Thema</a>, <a href="#anfang">oben</a>, <a href="../artikel/x">Artikel</a> und <a href="mailto:redaktion@example.com">Mail</a></p>',
    );
  });

  it('keeps images with http(s) sources and their alt text', () => {
    expect(renderMarkdown('![Der SU7](https://example.com/su7.jpg)').html).toBe(
      '<p><img src="https://example.com/su7.jpg" alt="Der SU7"></p>',
    );
  });
});

describe('renderMarkdown: problems for editors', () => {
  it('reports a "#" heading with its line in the body', () => {
    const { problems } = renderMarkdown('Einleitung.\n\n# Zweiter Titel\n\n## Erlaubt\n');
    expect(problems).toEqual([
      {
        line: 3,
        message:
          'Überschrift mit einem # im Text: Der Titel ist schon die Hauptüberschrift, Zwischenüberschriften beginnen mit ##.',
      },
    ]);
  });

  it('reports setext headings (underlined with ===) the same way', () => {
    expect(renderMarkdown('Titel\n=====\n').problems.map((problem) => problem.line)).toEqual([1]);
  });

  it('reports nothing for ## and deeper headings', () => {
    expect(renderMarkdown('## Zwei\n\n### Drei\n').problems).toEqual([]);
  });
});

describe('renderMarkdown: sanitising hostile input', () => {
  const hostile: [string, string][] = [
    ['a script tag', '<script>alert(1)</script>'],
    ['a script tag split over lines inside a paragraph', 'Text <script\n>alert(1)</script> mehr'],
    ['an <img> with onerror', 'Text <img src="x" onerror="alert(1)"> mehr'],
    ['a javascript: Markdown link', '[klick](javascript:alert(1))'],
    ['a javascript: reference-style link', '[klick][boese]\n\n[boese]: javascript:alert(1)'],
    ['a mixed-case JaVaScRiPt: link', '[klick](JaVaScRiPt:alert(1))'],
    ['an entity-encoded &#106;avascript: link', '[klick](&#106;avascript:alert(1))'],
    ['a hex-entity-encoded javascript&#58; link', '[klick](&#x6A;avascript&#58;alert(1))'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a data:text/html link', '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a data: image', '![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['a vbscript: link', '[klick](vbscript:msgbox(1))'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ['a style tag', '<style>body{display:none}</style>'],
    ['an inline style attribute', 'Text <span style="position:fixed;inset:0">Overlay</span>'],
    ['a raw <a href="javascript:…">', '<a href="javascript:alert(1)">klick</a>'],
    ['an onclick attribute', 'Text <b onclick="alert(1)">fett</b>'],
    ['a form with an input', '<form action="https://evil.example"><input name="pw" type="password"></form>'],
    ['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['a link with an attribute smuggled into its title', '[x](https://example.com/ "\\" onmouseover=\\"alert(1)")'],
    ['a base tag', '<base href="https://evil.example/">'],
    ['a raw id that could clobber globals', '<img name="getElementById" id="user-content-fn-1">'],
  ];

  it('has at least 15 hostile inputs', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(15);
  });

  it.each(hostile)('neutralises %s', (_, markdown) => {
    const { html } = renderMarkdown(markdown);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(iframe|object|embed|style|meta|form|input|base|link|svg)\b/i);
    for (const tag of startTags(html)) {
      for (const [name, value] of Object.entries(tag.attributes)) {
        expect(name, `${tag.name} attribute`).not.toMatch(/^on/);
        expect(name, `${tag.name} attribute`).not.toBe('style');
        if (name === 'href' || name === 'src') {
          expect(value.replace(/\s/g, ''), `${tag.name} ${name}`).not.toMatch(/^(javascript|vbscript|data):/i);
        }
        expect(value, `${tag.name} ${name}`).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      }
    }
  });

  it('keeps the harmless text around removed markup', () => {
    expect(renderMarkdown('Text <img src="x" onerror="alert(1)"> mehr').html).toBe('<p>Text  mehr</p>');
    expect(renderMarkdown('[klick](javascript:alert(1))').html).toBe('<p><a>klick</a></p>');
    expect(renderMarkdown('Text <b onclick="alert(1)">fett</b>').html).toBe('<p>Text fett</p>');
  });
});

describe('renderMarkdown: telling editors what the sanitiser leaves out', () => {
  it('warns about raw HTML with its line and the start of the markup, once per line', () => {
    const { warnings, problems, html } = renderMarkdown(
      'Einleitung.\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n\nText <b>fett</b> mehr.\n',
    );
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        line: 3,
        message:
          'HTML im Text wird nicht übernommen („<iframe src="https://www.youtube.com/emb…“): bitte nur Markdown schreiben, z. B. [Linktext](https://…) oder ![Bildbeschreibung](/bilder/…)',
      },
      {
        line: 5,
        message:
          'HTML im Text wird nicht übernommen („<b>“): bitte nur Markdown schreiben, z. B. [Linktext](https://…) oder ![Bildbeschreibung](/bilder/…)',
      },
    ]);
    expect(html).toBe('<p>Einleitung.</p>\n<p>Text fett mehr.</p>');
  });

  it('keeps HTML comments quiet: they are meant to be invisible', () => {
    expect(renderMarkdown('Text.\n\n<!-- Notiz: Zahl noch prüfen -->\n').warnings).toEqual([]);
  });

  it('warns about links whose scheme the sanitiser removes, inline, as reference and as autolink', () => {
    const { warnings } = renderMarkdown(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c][d] <vbscript:msgbox(1)>\n\n[d]: data:text/html,x\n',
    );
    expect(warnings.map((warning) => `${warning.line}: ${warning.message.split(' wird entfernt')[0]}`)).toEqual([
      '1: Link auf „javascript:alert(1)“',
      '1: Link auf „JaVaScRiPt:x“',
      '1: Link auf „vbscript:msgbox(1)“',
      '3: Link auf „data:text/html,x“',
    ]);
  });

  it('warns about "HTTPS://" in capitals, which the sanitiser does not accept as https', () => {
    const { warnings, html } = renderMarkdown('[Xiaomi](HTTPS://www.mi.com/)');
    expect(warnings).toHaveLength(1);
    expect(html).toBe('<p><a>Xiaomi</a></p>');
  });

  it('says nothing about links the site keeps: https, http, mailto, site paths and anchors', () => {
    const { warnings } = renderMarkdown(
      '[a](https://www.mi.com/) [b](http://example.com/) [c](mailto:redaktion@example.com) [d](/themen/su7) [e](#quellen) [f](../x:y)\n',
    );
    expect(warnings).toEqual([]);
  });
});

describe('renderMarkdown: ```chart blocks', () => {
  const dataset: ChartDataset = {
    id: 'auslieferungen-2025',
    file: 'content/daten/auslieferungen-2025.yaml',
    title: 'Auslieferungen je Monat',
    description: 'Drei Monate.',
    chart: 'säulen',
    order: 1,
    unit: 'Fahrzeuge',
    labelHeading: 'Monat',
    sources: [{ key: 'weibo', name: 'Weibo' }],
    rows: [
      {
        label: 'September',
        value: 40_000,
        lowerBound: true,
        unit: 'Fahrzeuge',
        kind: 'ergebnis',
        sources: [{ key: 'weibo', name: 'Weibo' }],
      },
      {
        label: 'Oktober',
        value: 48_654,
        lowerBound: false,
        unit: 'Fahrzeuge',
        kind: 'ergebnis',
        sources: [{ key: 'weibo', name: 'Weibo' }],
      },
    ],
    notes: [],
  };
  const timeline = {
    id: 'zeitleiste',
    file: 'content/daten/zeitleiste.yaml',
    title: 'Zeitleiste',
    description: 'Ereignisse',
    events: [],
  };
  const datasets = createDatasets([dataset, { ...dataset, id: 'vertriebsnetz' }], timeline);

  it('renders a known dataset as a figure with the SVG chart and its table, in place of the block', () => {
    const { html, problems } = renderMarkdown('Davor.\n\n```chart auslieferungen-2025\n```\n\nDanach.', { datasets });
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /^<p>Davor\.<\/p>\n<figure class="chart chart--columns" aria-labelledby="diagramm-auslieferungen-2025-titel">/,
    );
    expect(html).toContain(
      '<figcaption class="chart__caption" id="diagramm-auslieferungen-2025-titel"><span class="chart__title">Auslieferungen je Monat</span>',
    );
    expect(html.match(/<svg class="chart__svg"[^>]* role="img"/g)).toHaveLength(2);
    expect(html).toContain('<td class="chart__number">mehr als 40.000</td>');
    expect(html).toMatch(/<\/figure>\n<p>Danach\.<\/p>$/);
    expect(html).not.toContain('language-chart');
  });

  it('accepts the dataset name as the block’s content too', () => {
    const { html, problems } = renderMarkdown('```chart\nauslieferungen-2025\n```', { datasets });
    expect(problems).toEqual([]);
    expect(html).toContain('<figure class="chart chart--columns"');
  });

  it('gives a chart embedded twice its own ids', () => {
    const { html } = renderMarkdown('```chart auslieferungen-2025\n```\n\n```chart auslieferungen-2025\n```', {
      datasets,
    });
    expect(html).toContain('id="diagramm-auslieferungen-2025-regular-titel"');
    expect(html).toContain('id="diagramm-auslieferungen-2025-2-regular-titel"');
  });

  it('reports an unknown dataset with its line and a suggestion, and renders nothing for it', () => {
    const { html, problems } = renderMarkdown('Text\n\n```chart auslieferungen-2024\n```\n', { datasets });
    expect(problems).toEqual([
      {
        line: 3,
        message:
          'Unbekannter Datensatz „auslieferungen-2024“ im chart-Block: Es gibt keine Datei content/daten/auslieferungen-2024.yaml – meinten Sie „auslieferungen-2025“? (vorhanden: auslieferungen-2025, vertriebsnetz)',
      },
    ]);
    expect(html).toBe('<p>Text</p>');
  });

  it('explains that the timeline is not a chart, and what to do instead', () => {
    const { problems } = renderMarkdown('```chart zeitleiste\n```', { datasets });
    expect(problems).toEqual([
      {
        line: 1,
        message: expect.stringMatching(
          /^„zeitleiste“ ist die Zeitleiste, kein Diagramm: .*\[Zeitleiste\]\(\/zeitleiste\)/,
        ),
      },
    ]);
  });

  it('reports an empty block and a block naming two datasets', () => {
    expect(renderMarkdown('\n```chart\n```', { datasets }).problems).toEqual([
      { line: 2, message: expect.stringMatching(/^chart-Block ohne Datensatz/) },
    ]);
    expect(renderMarkdown('```chart vertriebsnetz\nauslieferungen-2025\n```', { datasets }).problems).toEqual([
      {
        line: 1,
        message: 'chart-Block nennt zwei Datensätze („vertriebsnetz“ und „auslieferungen-2025“): bitte nur einen',
      },
    ]);
  });

  it('without datasets every chart block is a problem: renderMarkdown alone knows none', () => {
    expect(renderMarkdown('```chart auslieferungen-2025\n```').problems).toEqual([
      {
        line: 1,
        message:
          'Unbekannter Datensatz „auslieferungen-2025“ im chart-Block: In content/daten/ gibt es keine Datensätze',
      },
    ]);
  });

  it('keeps sanitising what editors write around a chart: raw SVG and HTML never get through', () => {
    const { html } = renderMarkdown(
      '<svg onload="alert(1)"><script>alert(1)</script></svg>\n\n```chart auslieferungen-2025\n```\n\n<figure class="chart">x</figure>',
      { datasets },
    );
    expect(html).not.toMatch(/onload|<script/);
    expect(html.match(/<figure/g)).toHaveLength(1);
    expect(html.match(/<svg(?! class="chart__s(?:vg|watch)")/g)).toBeNull();
  });

  it('leaves other code blocks alone', () => {
    expect(renderMarkdown('```yaml\nchart: säulen\n```', { datasets }).html).toBe(
      '<pre><code class="language-yaml">chart: säulen\n</code></pre>',
    );
  });
});
