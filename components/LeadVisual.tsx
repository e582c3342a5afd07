import { toHtml } from 'hast-util-to-html';
import { chartGraphic } from '@/lib/charts/figure';
import type { Article } from '@/lib/content/article';
import type { Datasets } from '@/lib/content/datasets';
import { shareImagePath } from '@/lib/paths';
import styles from './LeadVisual.module.css';

/**
 * A picture for the lead story on the home page (issue 18), drawn on the server, no script: the
 * chart of the first dataset it embeds, else its own image, else its share image.
 */
export function LeadVisual({ article, datasets }: { article: Article; datasets: Datasets }) {
  const dataset = article.charts.map((id) => datasets.chart(id)).find((found) => found !== undefined);
  if (dataset) {
    const html = toHtml(chartGraphic(dataset, `aufmacher-${dataset.id}`));
    return (
      <figure className={`chart lead-visual ${styles.visual}`}>
        <figcaption className={styles.caption}>{dataset.title}</figcaption>
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </figure>
    );
  }
  // A plain img: the site also ships as a static export where Next's image optimiser is absent.
  const image = article.image ?? { src: shareImagePath(article.slug), alt: '' };
  return (
    <div className={`lead-visual ${styles.visual}`}>
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img className={styles.image} src={image.src} alt={image.alt} width={1200} height={630} decoding="async" />
    </div>
  );
}
