import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';
import { cachedPng, shareImageKey } from './cache';
import { shareImageFonts } from './fonts';
import { shareImageSize } from './layout';

/**
 * A share card as a PNG response, rendered by next/og only when the cache (./cache.ts) has no card
 * that shows exactly the same. The headers are the ones next/og's ImageResponse sends.
 */
export async function shareImageResponse(card: ReactElement): Promise<Response> {
  const fonts = await shareImageFonts();
  const png = await cachedPng(shareImageKey(card, shareImageSize, fonts), () =>
    new ImageResponse(card, { ...shareImageSize, fonts }).arrayBuffer(),
  );
  return new Response(png, {
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control':
        process.env.NODE_ENV === 'development' ? 'no-cache, no-store' : 'public, max-age=0, must-revalidate',
    },
  });
}
