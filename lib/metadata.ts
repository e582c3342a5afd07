import type { Metadata } from 'next';
import { site } from './site';

/** Title, description and canonical URL of one page; the layout adds the site-wide rest. */
export function pageMetadata({ title, description, path }: { title?: string; description: string; path: string }): Metadata {
  return {
    ...(title === undefined ? {} : { title }),
    description,
    alternates: { canonical: path },
    openGraph: { title: title ?? site.name, description, url: path, siteName: site.name, locale: site.locale, type: 'website' },
  };
}
