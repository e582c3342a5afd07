import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';
import { timelinePath } from '@/lib/paths';

/** Every page under /zeitleiste: the navigation marks „Zeitleiste“. */
export default function ZeitleisteLayout({ children }: { children: ReactNode }) {
  return <PageFrame current={{ path: timelinePath }}>{children}</PageFrame>;
}
