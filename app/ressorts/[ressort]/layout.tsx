import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';
import { ressortPath } from '@/lib/paths';

/** A ressort's listing and its later pages: the navigation marks the ressort. */
export default async function RessortLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ ressort: string }>;
}) {
  const { ressort } = await params;
  return <PageFrame current={{ path: ressortPath(ressort) }}>{children}</PageFrame>;
}
