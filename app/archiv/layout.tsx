import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';
import { archivePath } from '@/lib/paths';

/** Every page under /archiv: the navigation marks „Archiv“. */
export default function ArchivLayout({ children }: { children: ReactNode }) {
  return <PageFrame current={{ path: archivePath }}>{children}</PageFrame>;
}
