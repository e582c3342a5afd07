import type { ReactNode } from 'react';
import { PageFrame } from '@/components/PageFrame';

/** The home page and its later pages: no navigation link stands for them (the site name leads home). */
export default function HomeLayout({ children }: { children: ReactNode }) {
  return <PageFrame>{children}</PageFrame>;
}
