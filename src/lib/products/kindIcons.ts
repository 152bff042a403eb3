import type { ProductKind } from '@/constants'

/**
 * One simple line drawing per product kind on a 24×24 grid (stroked, no fill, no text), drawn for
 * the catalogue. The same paths serve the placeholder of a product without a picture, the demo
 * illustrations of the seed and the OpenGraph images, so that a kind looks alike everywhere and
 * no picture needs words (which would be in one language only).
 */
export const KIND_ICONS: Record<ProductKind, readonly string[]> = {
  // Two fair stands under one roof.
  ausbildungsmesse: [
    'M3 10h18',
    'M3 10l2-5h14l2 5',
    'M5 10v10h14V10',
    'M12 10v10',
    'M8 14h1M15 14h1',
  ],
  // A game board with a die.
  planspiel: [
    'M4 4h16v16H4z',
    'M4 12h16M12 4v16',
    'M15 15h2v2h-2z',
    'M7 7m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0',
  ],
  // A light bulb.
  'kreativ-tool': [
    'M9 18h6M10 21h4',
    'M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z',
  ],
  // A phone.
  app: ['M7 2h10a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z', 'M11 18h2'],
  // A case with a handle.
  werkzeugkoffer: ['M3 8h18v12H3z', 'M8 8V5h8v3', 'M3 13h18', 'M11 12v2h2v-2'],
  // A mortarboard.
  zusatzqualifizierung: ['M2 9l10-5 10 5-10 5z', 'M6 11v5c2 2 10 2 12 0v-5', 'M22 9v6'],
  // Two speech bubbles.
  beratungsangebot: ['M3 4h12v8H8l-3 3v-3H3z', 'M17 8h4v8h-2v3l-3-3h-5v-2'],
  // Four tiles.
  sonstiges: ['M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M13 13h7v7h-7z'],
}

/** The drawing of `kind`, or the neutral one for a kind this list does not know (yet). */
export const kindIcon = (kind: string): readonly string[] =>
  KIND_ICONS[kind as ProductKind] ?? KIND_ICONS.sonstiges
