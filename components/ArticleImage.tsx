import type { Article } from '@/lib/content/article';
import styles from './ArticleImage.module.css';

/** The article's lead image with its credit; sizes come from CSS, so no layout jump on load. */
export function ArticleImage({ image }: { image: NonNullable<Article['image']> }) {
  return (
    <figure className={styles.image}>
      {/* A plain img: the site also ships as a static export where Next's image optimiser is absent. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={image.src} alt={image.alt} loading="eager" decoding="async" />
      <figcaption>Bild: {image.credit}</figcaption>
    </figure>
  );
}
