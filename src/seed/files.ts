import sharp from 'sharp'

import type { ProductKind } from '@/constants'
import { kindIcon } from '@/lib/products/kindIcons'

/** Calm, high-contrast colours of the demo illustrations, one after another. */
const PALETTE = ['#00568f', '#006b5b', '#7a3b00', '#5b3f8c', '#8c1d40', '#2f5d1e', '#0f4c5c']

/** What each kind's illustration shows, as its alternative text. */
const ILLUSTRATION_ALT: Record<ProductKind, { de: string; en: string }> = {
  ausbildungsmesse: {
    de: 'Illustration: zwei Messestände unter einem Dach',
    en: 'Illustration: two fair stands under one roof',
  },
  planspiel: {
    de: 'Illustration: ein Spielbrett mit Würfel',
    en: 'Illustration: a game board with a die',
  },
  'kreativ-tool': { de: 'Illustration: eine Glühbirne', en: 'Illustration: a light bulb' },
  app: { de: 'Illustration: ein Smartphone', en: 'Illustration: a smartphone' },
  werkzeugkoffer: { de: 'Illustration: ein Werkzeugkoffer', en: 'Illustration: a toolbox' },
  zusatzqualifizierung: {
    de: 'Illustration: ein Absolventenhut',
    en: 'Illustration: a graduation cap',
  },
  beratungsangebot: {
    de: 'Illustration: zwei Sprechblasen',
    en: 'Illustration: two speech bubbles',
  },
  sonstiges: { de: 'Illustration: vier Kacheln', en: 'Illustration: four tiles' },
}

/**
 * A demo product's picture, drawn locally with sharp (nothing is downloaded): its kind's line
 * drawing (src/lib/products/kindIcons.ts) large on a coloured, patterned panel, 2:1 like the
 * hero size. No words in it, so it serves German and English pages alike, and an alternative
 * text that says what it shows. The sources have no photographs; a product needs a picture with
 * alternative text to be submitted for review, and the demo's products go through that review.
 */
export const demoIllustration = async ({
  kind,
  index,
}: {
  kind: ProductKind
  index: number
}): Promise<{ data: Buffer; alt: { de: string; en: string } }> => {
  const colour = PALETTE[index % PALETTE.length]
  const paths = kindIcon(kind)
    .map((d) => `<path d="${d}"/>`)
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="800" viewBox="0 0 1600 800">
  <defs>
    <pattern id="dots" width="48" height="48" patternUnits="userSpaceOnUse">
      <circle cx="24" cy="24" r="3" fill="#ffffff" fill-opacity="0.14"/>
    </pattern>
  </defs>
  <rect width="1600" height="800" fill="${colour}"/>
  <rect width="1600" height="800" fill="url(#dots)"/>
  <circle cx="${1000 + (index % 3) * 60}" cy="400" r="330" fill="#ffffff" fill-opacity="0.1"/>
  <g transform="translate(${760 + (index % 3) * 60} 160) scale(20)" fill="none" stroke="#ffffff"
     stroke-width="1.1" stroke-linecap="round" stroke-linejoin="round">${paths}</g>
</svg>`
  const data = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
  return { data, alt: ILLUSTRATION_ALT[kind] }
}

/**
 * A small, valid one-page PDF with a few lines of text, built by hand so that demo downloads
 * need no PDF library and no network.
 */
export const simplePdf = (lines: string[]): Buffer => {
  const escapePdf = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/([\\()])/g, '\\$1')
  const stream = [
    'BT /F1 18 Tf 72 770 Td',
    ...lines.map((line, i) => `${i === 0 ? '' : '0 -28 Td '}(${escapePdf(line)}) Tj`),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefOffset = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
