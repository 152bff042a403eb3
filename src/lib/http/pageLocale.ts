/**
 * The request header in which src/proxy.ts tells the 404 page (app/global-not-found.tsx, which
 * Next renders without the URL's params) the language of the address asked for.
 */
export const PAGE_LOCALE_HEADER = 'x-transferkatalog-locale'
