import Link from 'next/link'

import type { Locale } from '@/constants'
import type { CatalogueEntry } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'
import { productPath } from '@/lib/paths'

import { BookmarkButton } from '../merkliste/BookmarkButton.client'
import { ImagePlaceholder } from '../ui/ImagePlaceholder'
import { ResponsiveImage } from '../ui/ResponsiveImage'

/**
 * A card's width in the grid of src/styles/_cards.scss (columns of at least 17rem sharing the
 * row): three to a row on a wide page, two on a tablet, one on a phone.
 */
const CARD_SIZES =
  '(min-width: 60rem) 23rem, (min-width: 40rem) calc(50vw - 2rem), calc(100vw - 2.5rem)'

export function ProductCard({
  entry,
  locale,
  isAboveFold,
}: {
  entry: CatalogueEntry
  locale: Locale
  isAboveFold: boolean
}) {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  return (
    <article className="card">
      {entry.image?.url ? (
        <ResponsiveImage
          className="card__image"
          src={entry.image.url}
          srcSet={entry.image.srcSet}
          alt=""
          width={entry.image.width}
          height={entry.image.height}
          sizes={CARD_SIZES}
          aboveFold={isAboveFold}
        />
      ) : (
        <ImagePlaceholder kind={entry.kind} className="card__image" />
      )}
      <div className="card__body">
        <p className="card__kind">{t(`options.kinds.${entry.kind}` as TextKey)}</p>
        <h3 className="card__title">
          <Link href={productPath({ locale, slug: entry.slug })}>{entry.title}</Link>
        </h3>
        <p>{entry.pitch}</p>
        <ul className="card__facts">
          <li>{t(`options.transferStatuses.${entry.transferStatus}` as TextKey)}</li>
          {entry.effortDays !== null ? (
            <li>{t('catalogue.days', { count: entry.effortDays })}</li>
          ) : null}
          {entry.costModel ? (
            <li>{t(`options.costModels.${entry.costModel}` as TextKey)}</li>
          ) : null}
          <li>
            {entry.adoptionCount > 0
              ? t('catalogue.adopted', { count: entry.adoptionCount })
              : t('catalogue.adoptedNone')}
          </li>
        </ul>
        <BookmarkButton
          slug={entry.slug}
          title={entry.title}
          labels={{ add: t('merkliste.add'), added: t('merkliste.added') }}
        />
      </div>
    </article>
  )
}
