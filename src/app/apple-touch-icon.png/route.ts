import sharp from 'sharp'

import { touchIconSvg } from '@/lib/branding'

// The same file for everyone: built once, at build time.
export const dynamic = 'force-static'

const SIZE = 180

/** The catalogue's mark for home screens (iOS asks for this address whatever the page links). */
export async function GET() {
  const png = await sharp(Buffer.from(touchIconSvg()), { density: (72 * SIZE) / 32 })
    .resize(SIZE, SIZE)
    .png()
    .toBuffer()
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' },
  })
}
