import type { ReactNode } from 'react';

/** The heading block of listing and info pages: one <h1>, an optional line of context. */
export function PageIntro({ eyebrow, title, children }: { eyebrow?: string; title: string; children?: ReactNode }) {
  return (
    <header className="page-intro">
      {eyebrow && <p className="kicker">{eyebrow}</p>}
      <h1>{title}</h1>
      {children && <div className="page-intro__text">{children}</div>}
    </header>
  );
}
