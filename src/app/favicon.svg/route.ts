import { markSvg } from '@/lib/branding'

// The same file for everyone: built once, at build time.
export const dynamic = 'force-static'

/** The catalogue's mark as the tab icon of the public site and the admin. */
export function GET() {
  return new Response(markSvg(), {
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=86400',
    },
  })
}
