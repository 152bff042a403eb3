import type { Locale } from '@/constants'

/** A page that shows one document, named by the last part of its address. */
export type DocumentPage = {
  locale: Locale
  kind: 'product' | 'project' | 'alliance' | 'tracking' | 'preview'
  key: string
}

/**
 * What the app tells the parts of the server that Next loads outside its bundle (src/proxy.ts and
 * the page cache, src/lib/cache/pageCacheHandler.mjs, which uses the same symbol): whether a
 * document page exists, and which state of the public data pages are rendered from now. The app
 * registers it when Payload starts (src/services/payload.ts); until then both ask nothing.
 */
export type PublicPages = {
  /** `headers`: the request's, for a page that depends on who asks (the staff preview). */
  exists: (page: DocumentPage, headers: Headers) => Promise<boolean>
  generation: () => Promise<string>
}

const PUBLIC_PAGES = Symbol.for('transferkatalog.publicPages')
type Registry = Record<symbol, PublicPages | undefined>

export const registerPublicPages = (pages: PublicPages): void => {
  ;(globalThis as unknown as Registry)[PUBLIC_PAGES] = pages
}

export const publicPages = (): PublicPages | undefined =>
  (globalThis as unknown as Registry)[PUBLIC_PAGES]
