import { describe, expect, it } from 'vitest';
import { buildVocabulary, TagVocabulary, themenSchema } from '@/lib/content/themen';
import { makeTag } from './helpers';

const entry = (name: string) => ({ name, description: `Alles zu ${name}.` });

describe('buildVocabulary', () => {
  it('derives each tag’s slug from its name', () => {
    const { vocabulary, conflicts } = buildVocabulary(['Künstliche Intelligenz', 'SU7', 'Lei Jun'].map(entry));
    expect(conflicts).toEqual([]);
    expect(vocabulary.tags).toEqual([
      {
        name: 'Künstliche Intelligenz',
        slug: 'kuenstliche-intelligenz',
        description: 'Alles zu Künstliche Intelligenz.',
      },
      { name: 'SU7', slug: 'su7', description: 'Alles zu SU7.' },
      { name: 'Lei Jun', slug: 'lei-jun', description: 'Alles zu Lei Jun.' },
    ]);
  });

  it('reports two names with the same slug and keeps only the first', () => {
    const { vocabulary, conflicts } = buildVocabulary(['Smart Home', 'SU7', 'Smart-Home'].map(entry));
    expect(conflicts).toEqual([
      '„Smart-Home“ ergibt dieselbe Adresse /themen/smart-home wie „Smart Home“: bitte zusammenführen oder umbenennen',
    ]);
    expect(vocabulary.tags.map((tag) => tag.name)).toEqual(['Smart Home', 'SU7']);
    expect(vocabulary.named('Smart-Home')).toBeUndefined();
  });

  it('treats an umlaut and its transliteration as the same slug', () => {
    const { conflicts } = buildVocabulary(['Künstliche Intelligenz', 'Kuenstliche Intelligenz'].map(entry));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toContain('/themen/kuenstliche-intelligenz');
  });

  it('reports names that differ only in case', () => {
    expect(buildVocabulary(['SU7', 'su7'].map(entry)).conflicts).toHaveLength(1);
  });
});

describe('TagVocabulary lookups', () => {
  const vocabulary = new TagVocabulary(
    ['Elektroautos', 'SU7', 'YU7', 'Smart Home', 'Künstliche Intelligenz'].map(makeTag),
  );

  it('finds a tag by its exact name only', () => {
    expect(vocabulary.named('SU7')?.slug).toBe('su7');
    expect(vocabulary.named('su7')).toBeUndefined();
    expect(vocabulary.named('SU7 ')).toBeUndefined();
  });

  it('finds a tag by slug', () => {
    expect(vocabulary.withSlug('kuenstliche-intelligenz')?.name).toBe('Künstliche Intelligenz');
    expect(vocabulary.withSlug('gibt-es-nicht')).toBeUndefined();
  });

  it('suggests the name that matches ignoring case before any closer-looking spelling', () => {
    expect(vocabulary.closestName('su7')).toBe('SU7');
    expect(vocabulary.closestName('yu7')).toBe('YU7');
    expect(vocabulary.closestName('SMART HOME')).toBe('Smart Home');
  });

  it('otherwise suggests the name with the smallest edit distance', () => {
    expect(vocabulary.closestName('Elektroauto')).toBe('Elektroautos');
    expect(vocabulary.closestName('Smarthome')).toBe('Smart Home');
    expect(vocabulary.closestName('Kunstliche Intelligenz')).toBe('Künstliche Intelligenz');
  });

  it('suggests nothing when there are no tags at all', () => {
    expect(new TagVocabulary([]).closestName('SU7')).toBeUndefined();
  });
});

describe('themenSchema', () => {
  it('accepts a list of name and description, trimming both', () => {
    expect(themenSchema.parse([{ name: ' SU7 ', description: ' Die Limousine. ' }])).toEqual([
      { name: 'SU7', description: 'Die Limousine.' },
    ]);
  });

  it('rejects unknown keys, missing descriptions and a map instead of a list', () => {
    expect(themenSchema.safeParse([{ name: 'SU7', description: 'x', slug: 'su-7' }]).success).toBe(false);
    expect(themenSchema.safeParse([{ name: 'SU7' }]).error?.issues[0]?.message).toBe(
      'Pflichtfeld fehlt: ein Satz, was Leser unter diesem Thema finden',
    );
    expect(themenSchema.safeParse({ SU7: 'Die Limousine.' }).error?.issues[0]?.message).toBe(
      'muss eine Liste sein: je Thema „- name: …“ und „description: …“',
    );
  });
});
