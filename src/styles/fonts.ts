import localFont from 'next/font/local'

/**
 * Fira Sans, KERN UX's typeface, served by the app itself (no font CDN). Only the two weights the
 * pages use: KERN's medium (500, large headings) falls back to the regular face rather than
 * costing a third file of 130 kB. Not preloaded: on a slow phone connection two preloaded files
 * would compete with the stylesheet for the first paint. `optional`, not `swap`: the size-adjusted
 * fallback next/font generates is shown at once, and a font that is not there within the first
 * ~100 ms is used from the next page on (it is cached by then) instead of repainting this one. With
 * `swap` the repaint of the text when 130 kB arrived became the page's largest paint on a slow phone
 * (Lighthouse mobile: LCP 3.9 s, performance 70-84).
 * `_kern.scss` points KERN's `--kern-typography-font-family-default` at this variable.
 */
export const firaSans = localFont({
  src: [
    {
      path: '../../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Regular.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-SemiBold.woff2',
      weight: '600',
      style: 'normal',
    },
  ],
  variable: '--font-fira-sans',
  display: 'optional',
  preload: false,
  fallback: ['Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
})
