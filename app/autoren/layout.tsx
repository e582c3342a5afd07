import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';

/** No link of the main navigation stands for these pages (they are linked from the footer). */
export default function AutorenLayout({ children }: { children: ReactNode }) {
  return <PageFrame>{children}</PageFrame>;
}
