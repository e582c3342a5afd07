import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';
import { dataPath } from '@/lib/paths';

/** Every page under /daten: the navigation marks „Daten“. */
export default function DatenLayout({ children }: { children: ReactNode }) {
  return <PageFrame current={{ path: dataPath }}>{children}</PageFrame>;
}
