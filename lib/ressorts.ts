/** The four ressorts (desks) of the site: the mission's four fields. */
export const ressorts = [
  {
    slug: 'partnerschaften',
    name: 'Partnerschaften',
    description: 'Allianzen, Zulieferer und Kooperationen – von IKEA und FAW bis Samsung.',
  },
  {
    slug: 'expansion',
    name: 'Expansion',
    description: 'Xiaomis Weg zum Autobauer: SU7, YU7, Produktion und die Pläne für Europa.',
  },
  {
    slug: 'zahlen',
    name: 'Zahlen',
    description: 'Auslieferungen, Absatzziele und das Vertriebsnetz – eingeordnet und belegt.',
  },
  {
    slug: 'technik',
    name: 'Technik',
    description: 'Fahrassistenz, künstliche Intelligenz, Robotik und das Ökosystem der Geräte.',
  },
] as const;

export type Ressort = (typeof ressorts)[number];
export type RessortSlug = Ressort['slug'];

export const ressortSlugs = ressorts.map((ressort) => ressort.slug) as [RessortSlug, ...RessortSlug[]];

export function ressortBySlug(slug: string): Ressort | undefined {
  return ressorts.find((ressort) => ressort.slug === slug);
}
