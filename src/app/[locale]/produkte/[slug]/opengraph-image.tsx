import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'

import { getProductBySlug } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'
import { isLocale } from '@/i18n/routing'
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cacheHeaders'
import { kindIcon } from '@/lib/products/kindIcons'
import { getPayloadClient } from '@/services/payload'

export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
// Drawn per request from the current snapshot: an unpublished product's image goes with its page.
export const dynamic = 'force-dynamic'

/**
 * Noto Sans as KERN UX ships it: satori reads WOFF but not WOFF2 (KERN's Fira Sans), and reading
 * it from node_modules keeps the image from downloading a font at run time.
 */
const FONT_DIR = path.join(process.cwd(), 'node_modules/@kern-ux/native/dist/fonts/noto-sans')
let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined
const loadFonts = () =>
  (fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, 'NotoSans-Regular.woff')),
    readFile(path.join(FONT_DIR, 'NotoSans-Bold.woff')),
  ]).then(([regular, bold]) => ({ regular, bold })))

const ACCENT = '#00568f'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** The picture a link to a product shows in social media and messengers, in the page's language. */
export default async function ProductOpenGraphImage({ params }: Props) {
  const { locale, slug } = await params
  const loaded = isLocale(locale)
    ? await getProductBySlug({
        payload: await getPayloadClient(),
        locale,
        slug: decodeURIComponent(slug),
      })
    : null
  if (!loaded || !isLocale(locale))
    return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } })
  const { product } = loaded
  const { regular, bold } = await loadFonts()
  const title = product.title
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#ffffff',
        borderLeft: `24px solid ${ACCENT}`,
        color: '#1b1f24',
        fontFamily: 'Noto Sans',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: ACCENT }}>
        {translate({ key: 'site.name', locale })}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 56 }}>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
          <div
            style={{
              display: 'flex',
              fontSize: 30,
              textTransform: 'uppercase',
              letterSpacing: 2,
              color: '#4a5563',
            }}
          >
            {translate({ key: `options.kinds.${product.kind}` as TextKey, locale })}
          </div>
          <div
            style={{
              display: 'flex',
              marginTop: 16,
              fontSize: title.length > 60 ? 54 : 66,
              fontWeight: 700,
              lineHeight: 1.15,
            }}
          >
            {title}
          </div>
        </div>
        <svg
          width="220"
          height="220"
          viewBox="0 0 24 24"
          fill="none"
          stroke={ACCENT}
          strokeWidth="1.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {kindIcon(product.kind).map((d) => (
            <path key={d} d={d} />
          ))}
        </svg>
      </div>
      <div style={{ display: 'flex', height: 8, width: 240, background: ACCENT }} />
    </div>,
    {
      ...size,
      fonts: [
        { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' },
      ],
      // Like the product page: a shared cache may keep it for seconds, as the title may change.
      headers: { 'Cache-Control': PUBLIC_CACHE_CONTROL },
    },
  )
}
