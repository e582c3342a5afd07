// Global stylesheets first, in cascade order (tokens and base, Markdown body, charts, the one print
// section last); components and pages bring their own CSS modules after them.
import './globals.css';
import './styles/prose.css';
import './styles/charts.css';
import './styles/print.css';
import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import type { ReactNode } from 'react';
import { defaultMetadata } from '@/lib/seo/metadata';
import { siteUrl } from '@/lib/site';

/** One variable font file for all text weights, self-hosted from npm: no request at build or view time. */
const serif = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-serif',
});

export const metadata: Metadata = { metadataBase: siteUrl(), ...defaultMetadata() };

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de" className={serif.variable}>
      {/* Header, <main> and footer come from each section's layout (components/PageFrame.tsx), which knows
          where in the navigation its pages belong. */}
      <body>{children}</body>
    </html>
  );
}
