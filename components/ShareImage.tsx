import type { CSSProperties, ReactNode } from 'react';
import type { ListedArticle } from '@/lib/content/catalog';
import { formatGermanDate } from '@/lib/dates';
import { articleTypeLabels } from '@/lib/labels';
import { ressortBySlug, ressorts } from '@/lib/ressorts';
import { shareImageFontFamily } from '@/lib/share-image/fonts';
import { headlineFontSize, headlineMaxLines } from '@/lib/share-image/layout';
import { drawableText } from '@/lib/share-image/text';
import { site } from '@/lib/site';

// Markup for next/og (Satori): inline styles and flexbox only, no CSS variables, so the site's
// light-theme colours from app/globals.css are repeated here.
const colors = {
  background: '#ffffff',
  text: '#1c1d1f',
  muted: '#55585e',
  line: '#d9dadc',
  accent: '#b53d09',
} as const;
const serif = shareImageFontFamily.serif;
const sans = shareImageFontFamily.sans;

/** The share card of one article: site name, Dachzeile, headline, ressort and date. */
export function ArticleShareImage({ article, brandMark }: { article: ListedArticle; brandMark: string }) {
  const ressort = ressortBySlug(article.ressort);
  const typeLabel = article.type === 'nachricht' ? undefined : articleTypeLabels[article.type];
  const kicker = drawableText(article.kicker ?? '');
  const headline = drawableText(article.title);
  return (
    <Card brandMark={brandMark} footer={[ressort?.name, formatGermanDate(article.date)].filter(Boolean).join(' · ')}>
      {(typeLabel || kicker) && (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            marginBottom: 18,
            fontFamily: sans,
            fontWeight: 700,
            fontSize: 30,
            color: colors.accent,
          }}
        >
          {typeLabel && <span style={typeLabelStyle}>{typeLabel}</span>}
          {kicker && <span>{kicker}</span>}
        </div>
      )}
      <div
        style={{
          display: 'block',
          lineClamp: headlineMaxLines,
          fontFamily: serif,
          fontWeight: 700,
          fontSize: headlineFontSize(headline),
          lineHeight: 1.14,
          letterSpacing: '-0.01em',
          color: colors.text,
        }}
      >
        {headline}
      </div>
    </Card>
  );
}

/** The site's share card: mark, name and tagline. */
export function SiteShareImage({ brandMark }: { brandMark: string }) {
  return (
    <Card brandMark={brandMark} footer={ressorts.map((ressort) => ressort.name).join(' · ')} withoutHeader>
      <div style={{ display: 'flex', alignItems: 'center' }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- Satori renders plain <img> only */}
        <img src={brandMark} width={168} height={168} alt="" style={{ marginRight: 48 }} />
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontFamily: serif, fontWeight: 700, fontSize: 104, lineHeight: 1.05, color: colors.text }}>
            {site.name}
          </div>
          <div style={{ marginTop: 18, fontFamily: sans, fontSize: 40, color: colors.muted }}>{site.tagline}</div>
        </div>
      </div>
    </Card>
  );
}

/** The publisher logo: the mark alone, filling the square. */
export function LogoImage({ brandMark, size }: { brandMark: string; size: number }) {
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%' }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- Satori renders plain <img> only */}
      <img src={brandMark} width={size} height={size} alt="" />
    </div>
  );
}

const typeLabelStyle: CSSProperties = {
  marginRight: 16,
  padding: '2px 10px',
  border: `2px solid ${colors.accent}`,
  borderRadius: 5,
  fontSize: 22,
  letterSpacing: '0.06em',
  textTransform: 'uppercase',
};

/** The frame both cards share: accent bar on top, site name, content, footer line. */
function Card({
  brandMark,
  footer,
  withoutHeader = false,
  children,
}: {
  brandMark: string;
  footer: string;
  withoutHeader?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: colors.background }}
    >
      <div style={{ display: 'flex', height: 14, background: colors.accent }} />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 72px 48px' }}>
        {!withoutHeader && (
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              paddingBottom: 22,
              borderBottom: `3px solid ${colors.accent}`,
            }}
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- Satori renders plain <img> only */}
            <img src={brandMark} width={52} height={52} alt="" style={{ marginRight: 18 }} />
            <div style={{ fontFamily: serif, fontWeight: 700, fontSize: 38, color: colors.text }}>{site.name}</div>
          </div>
        )}
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }}>
          {children}
        </div>
        <div
          style={{
            display: 'flex',
            paddingTop: 20,
            borderTop: `1px solid ${colors.line}`,
            fontFamily: sans,
            fontSize: 28,
            color: colors.muted,
          }}
        >
          {footer}
        </div>
      </div>
    </div>
  );
}
