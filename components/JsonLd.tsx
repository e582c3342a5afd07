import { serializeJsonLd } from '@/lib/seo/structured-data';

/** schema.org data for crawlers; serialised so that no value can break out of the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
