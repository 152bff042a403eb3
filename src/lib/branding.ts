/**
 * The catalogue's mark, drawn here (no federal eagle, no protected marks, no fonts to load): a
 * rounded square in the site's accent colour with a circle (where a product comes from) joined
 * to a square (where it is taken up). One description for the admin's components and the
 * favicon routes, so they cannot drift apart.
 */

export const BRAND_ACCENT = '#00568f'
const HIGHLIGHT = '#f5b82e'
const LIGHT = '#ffffff'

export const MARK_VIEWBOX = '0 0 32 32'

type Shape =
  | { tag: 'rect'; attrs: Record<string, string | number> }
  | { tag: 'circle'; attrs: Record<string, string | number> }
  | { tag: 'path'; attrs: Record<string, string | number> }

/** The mark's shapes in drawing order, with SVG attribute names in React spelling. */
export const MARK_SHAPES: readonly Shape[] = [
  { tag: 'rect', attrs: { x: 0, y: 0, width: 32, height: 32, rx: 7, fill: BRAND_ACCENT } },
  {
    tag: 'path',
    attrs: {
      d: 'M11 21 L21 11',
      stroke: LIGHT,
      strokeWidth: 3,
      strokeLinecap: 'round',
      fill: 'none',
    },
  },
  { tag: 'circle', attrs: { cx: 10, cy: 22, r: 4.5, fill: LIGHT } },
  { tag: 'rect', attrs: { x: 17, y: 6, width: 9, height: 9, rx: 2, fill: HIGHLIGHT } },
]

const kebab = (name: string): string =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

const shapesMarkup = (shapes: readonly Shape[]): string =>
  shapes
    .map(
      ({ tag, attrs }) =>
        `<${tag} ${Object.entries(attrs)
          .map(([name, value]) => `${kebab(name)}="${value}"`)
          .join(' ')}/>`,
    )
    .join('')

const svgDocument = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}" width="32" height="32">${body}</svg>`

/** The mark as a standalone SVG document (the favicon). */
export const markSvg = (): string => svgDocument(shapesMarkup(MARK_SHAPES))

/**
 * The mark for home screens: iOS and Android draw their own rounded corners and fill transparent
 * ones black, so the accent fills the whole square and the other shapes sit in its middle 80 %.
 */
export const touchIconSvg = (): string =>
  svgDocument(
    `<rect x="0" y="0" width="32" height="32" fill="${BRAND_ACCENT}"/>` +
      `<g transform="translate(3.2 3.2) scale(0.8)">${shapesMarkup(MARK_SHAPES.slice(1))}</g>`,
  )
