import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';
import { topicsPath } from '@/lib/paths';

/** Every page under /themen: the navigation marks „Themen“. */
export default function ThemenLayout({ children }: { children: ReactNode }) {
  return <PageFrame current={{ path: topicsPath }}>{children}</PageFrame>;
}
