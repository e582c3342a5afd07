import type { ReactNode } from 'react';
import styles from './PageIntro.module.css';

/** The heading block of listing and info pages: one <h1>, an optional line of context. */
export function PageIntro({ eyebrow, title, children }: { eyebrow?: string; title: string; children?: ReactNode }) {
  return (
    <header className={styles.intro}>
      {eyebrow && <p className="kicker">{eyebrow}</p>}
      <h1>{title}</h1>
      {children && <div className={styles.text}>{children}</div>}
    </header>
  );
}
