import { NotFoundPage } from '@/components/site/NotFoundPage'
import { renderedLocale } from '@/i18n/routing'

/**
 * notFound() from a page: shown after client-side navigation. A first request for a missing
 * document is answered by src/proxy.ts with app/global-not-found.tsx instead.
 */
export default function NotFound() {
  return <NotFoundPage locale={renderedLocale()} />
}
