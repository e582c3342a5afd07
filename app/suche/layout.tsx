import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';
import { searchPath } from '@/lib/paths';

/** Every page under /suche: the navigation marks „Suche“. */
export default function SucheLayout({ children }: { children: ReactNode }) {
  return <PageFrame current={{ path: searchPath }}>{children}</PageFrame>;
}
