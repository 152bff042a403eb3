import sharp from 'sharp'

/** Brand colours of the placeholder images, one per product kind (calm, high-contrast). */
const PALETTE = ['#00568f', '#006b5b', '#7a3b00', '#5b3f8c', '#8c1d40', '#2f5d1e', '#0f4c5c']

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Greedy word wrap to lines of at most `width` characters. */
const wrap = (text: string, width: number): string[] =>
  text.split(/\s+/).reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])

/**
 * A branded placeholder image rendered locally with sharp: a coloured panel, a simple motif and
 * the caption. Nothing is downloaded.
 */
export const placeholderImage = async ({
  caption,
  subtitle,
  index,
}: {
  caption: string
  subtitle: string
  index: number
}): Promise<Buffer> => {
  const colour = PALETTE[index % PALETTE.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <rect width="1600" height="900" fill="${colour}"/>
  <circle cx="${1250 - index * 40}" cy="${260 + index * 30}" r="360" fill="#ffffff" fill-opacity="0.08"/>
  <rect x="120" y="560" width="${420 + index * 60}" height="16" rx="8" fill="#ffffff" fill-opacity="0.6"/>
  ${wrap(caption, 30)
    .slice(0, 3)
    .map(
      (line, i) =>
        `<text x="120" y="${330 + i * 84}" font-family="DejaVu Sans, Arial, sans-serif" font-size="68" font-weight="bold" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('\n  ')}
  <text x="120" y="660" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" fill="#ffffff">${escapeXml(subtitle)}</text>
  <text x="120" y="140" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" fill="#ffffff" fill-opacity="0.85">Transferkatalog · JOBSTARTER plus</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
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
