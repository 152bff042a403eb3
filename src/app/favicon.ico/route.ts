import sharp from 'sharp'

import { markSvg } from '@/lib/branding'
import { icoFromPngs } from '@/lib/ico'

export const dynamic = 'force-static'

const SIZES = [16, 32, 48]

/**
 * Browsers, feed readers and crawlers still ask for /favicon.ico whatever the page links: the same
 * mark as /favicon.svg, rendered into the classic format.
 */
export async function GET() {
  const svg = Buffer.from(markSvg())
  const images = await Promise.all(
    SIZES.map(async (size) => ({
      size,
      png: await sharp(svg, { density: (72 * size) / 32 })
        .resize(size, size)
        .png()
        .toBuffer(),
    })),
  )
  return new Response(new Uint8Array(icoFromPngs(images)), {
    headers: {
      'Content-Type': 'image/x-icon',
      'Cache-Control': 'public, max-age=86400',
    },
  })
}
