import { RichText } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'
import type { CSSProperties } from 'react'

import type { Locale } from '@/constants'
import type { MapPoint } from '@/data/map'
import type { getProductBySlug, Retirement } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'
import { formatDate } from '@/lib/dates'
import { srcSetOf } from '@/lib/media'
import { cataloguePath, productPath, requestFormPath } from '@/lib/paths'
import type {
  Media,
  Occupation,
  Organisation,
  Project,
  RegionalOffice,
  Sector,
} from '@/payload-types'

import { GermanyMap } from '../map/GermanyMap'
import { BookmarkButton } from '../merkliste/BookmarkButton.client'
import { Fact } from '../ui/Fact'
import { ImagePlaceholder } from '../ui/ImagePlaceholder'
import { ResponsiveImage } from '../ui/ResponsiveImage'

type Loaded = Omit<NonNullable<Awaited<ReturnType<typeof getProductBySlug>>>, 'retirement'> & {
  /** Set when the office no longer offers the product (the staff preview leaves it out). */
  retirement?: Retirement | null
}

/**
 * The hero's rendered width: the text column's neighbour from 60rem (src/styles/_product.scss),
 * the page's width less its padding below, so a phone picks the smaller picture.
 */
const HERO_SIZES = '(min-width: 60rem) 28rem, calc(100vw - 2.5rem)'

/** Where the site lives, for the printed sheet's addresses (relative when it is not set). */
const origin = (process.env.NEXT_PUBLIC_SERVER_URL ?? '').replace(/\/+$/, '')

const isDoc = <T extends object>(value: unknown): value is T =>
  typeof value === 'object' && value !== null

/** Everything a decision needs, printable as a product sheet (Steckbrief). */
export function ProductPage({
  locale,
  product,
  adoptions,
  retirement,
}: { locale: Locale } & Loaded) {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const hero = isDoc<Media>(product.heroImage) ? product.heroImage : null
  const project = isDoc<Project>(product.originProject) ? product.originProject : null
  const office = project && isDoc<RegionalOffice>(project.office) ? project.office : null
  const carrier =
    project && isDoc<Organisation>(project.carryingOrganisation)
      ? project.carryingOrganisation
      : null
  const sectors = (product.sectors ?? []).filter(isDoc<Sector>)
  const occupations = (product.occupations ?? []).filter(isDoc<Occupation>)
  const kit = product.adoptionKit
  const adoptionPoints: MapPoint[] = adoptions.flatMap((adoption) => {
    const location = adoption.place?.location
    if (typeof location?.latitude !== 'number' || typeof location?.longitude !== 'number') return []
    return [
      {
        id: `adoption-${adoption.id}`,
        type: 'adoption' as const,
        label: isDoc<Organisation>(adoption.organisation) ? adoption.organisation.name : '',
        detail: product.title,
        city: adoption.place?.city ?? '',
        href: { kind: 'product' as const, slug: product.slug ?? String(product.id) },
        latitude: location.latitude,
        longitude: location.longitude,
        kinds: [product.kind],
        sectors: [],
      },
    ]
  })
  const requestHref = requestFormPath({ locale, slugs: [product.slug ?? String(product.id)] })
  const pagePath = productPath({ locale, slug: product.slug ?? String(product.id) })

  return (
    <article
      className="product"
      style={origin ? ({ '--sheet-origin': JSON.stringify(origin) } as CSSProperties) : undefined}
    >
      {/* The printed sheet names the catalogue and where the page lives instead of the site's
          header and footer, which print leaves out. */}
      <p className="sheet-line print-only">
        <span>{t('site.name')}</span> <span>{`${origin}${pagePath}`}</span>
      </p>
      <p className="product__back">
        <Link href={cataloguePath(locale)}>{t('product.backToCatalogue')}</Link>
      </p>
      <div className="product__intro">
        <div className="product__summary">
          <p className="card__kind">{t(`options.kinds.${product.kind}` as TextKey)}</p>
          <h1>{product.title}</h1>
          <p className="tagline">{product.pitch}</p>
          {retirement ? (
            // No longer requestable: the page stays for those who adopted it or cite it.
            <section className="notice" aria-labelledby="retired-heading" data-testid="retired">
              <h2 id="retired-heading">{t('review.retiredTitle')}</h2>
              <p>{t('review.retiredSince', { date: formatDate(locale, retirement.since) })}</p>
              <p>
                {t('review.retiredReason')} {retirement.reason}
              </p>
            </section>
          ) : (
            <p className="product__actions">
              <Link className="button" href={requestHref}>
                {t('product.requestAdoption')}
              </Link>{' '}
              <BookmarkButton
                slug={product.slug ?? String(product.id)}
                title={product.title}
                labels={{ add: t('merkliste.add'), added: t('merkliste.added') }}
              />
            </p>
          )}
        </div>
        {hero?.url ? (
          <ResponsiveImage
            className="product__hero"
            src={hero.sizes?.heroMedium?.url ?? hero.url}
            srcSet={srcSetOf(hero, ['heroMedium', 'hero'])}
            alt={hero.alt}
            width={hero.sizes?.heroMedium?.width ?? hero.width ?? 800}
            height={hero.sizes?.heroMedium?.height ?? hero.height ?? 400}
            sizes={HERO_SIZES}
            aboveFold
          />
        ) : (
          <ImagePlaceholder kind={product.kind} className="product__hero" />
        )}
      </div>
      <section className="product__contact" aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('product.contact')}</h2>
        {/* The office by name, unless the contact's role names it already. */}
        {office && !product.contact.role.includes(office.name) ? (
          <p className="product__office">{office.name}</p>
        ) : null}
        <p>
          {product.contact.role}
          <br />
          <a href={`mailto:${product.contact.email}`}>{product.contact.email}</a>
          {product.contact.phone ? (
            <>
              <br />
              {product.contact.phone}
            </>
          ) : null}
        </p>
      </section>
      {product.description ? <RichText data={product.description} /> : null}

      <h2>{t('product.facts')}</h2>
      <dl className="facts">
        <dt>{t('fields.transferStatus')}</dt>
        <dd>{t(`options.transferStatuses.${product.transferStatus}` as TextKey)}</dd>
        <Fact label={t('fields.format')}>
          {product.format ? t(`options.formats.${product.format}` as TextKey) : null}
        </Fact>
        <Fact label={t('fields.targetGroups')}>
          {product.targetGroups?.length ? (
            <>
              {product.targetGroups
                .map((group) => t(`options.targetGroups.${group}` as TextKey))
                .join(', ')}
            </>
          ) : null}
        </Fact>
        <Fact label={t('fields.sectors')}>
          {sectors.length ? sectors.map((sector) => sector.name).join(', ') : null}
        </Fact>
        <Fact label={t('fields.occupations')}>
          {occupations.length ? occupations.map((occupation) => occupation.name).join(', ') : null}
        </Fact>
        <Fact label={t('product.regions')}>
          {product.regionsOfOrigin?.length
            ? product.regionsOfOrigin.map((region) => region.name).join(', ')
            : null}
        </Fact>
      </dl>

      <h2>{t('product.kit')}</h2>
      <dl className="facts">
        <Fact label={t('fields.included')}>{kit?.included ? kit.included : null}</Fact>
        <Fact label={t('fields.prerequisites')}>
          {kit?.prerequisites ? kit.prerequisites : null}
        </Fact>
        <Fact label={t('fields.effortDays')}>
          {typeof kit?.effortDays === 'number'
            ? t('catalogue.days', { count: kit.effortDays })
            : null}
        </Fact>
        <Fact label={t('fields.costModel')}>
          {kit?.costModel ? (
            <>
              {t(`options.costModels.${kit.costModel}` as TextKey)}
              {kit.costNote ? ` – ${kit.costNote}` : ''}
            </>
          ) : null}
        </Fact>
        <Fact label={t('fields.licence')}>{kit?.licence ? kit.licence : null}</Fact>
        <Fact label={t('fields.duration')}>{kit?.duration ? kit.duration : null}</Fact>
      </dl>

      {product.downloads?.length ? (
        <>
          <h2>{t('product.downloads')}</h2>
          <ul>
            {product.downloads.map((download) =>
              isDoc<Media>(download.file) && download.file.url ? (
                <li key={download.id ?? download.file.id}>
                  <a href={download.file.url}>{download.label ?? download.file.filename}</a>
                </li>
              ) : null,
            )}
          </ul>
        </>
      ) : null}

      <h2>{t('product.origin')}</h2>
      <dl className="facts">
        <Fact label={t('product.project')}>{project ? project.name : null}</Fact>
        <Fact label={t('product.carrier')}>{carrier ? carrier.name : null}</Fact>
        <Fact label={t('fields.office')}>{office ? office.name : null}</Fact>
      </dl>

      <h2 id="adoptions">{t('product.adoptions')}</h2>
      <p data-testid="adoption-count">
        {adoptions.length > 0
          ? t('catalogue.adopted', { count: adoptions.length })
          : t('product.adoptionsNone')}
      </p>
      {adoptions.length > 0 ? (
        <ul>
          {adoptions.map((adoption) => (
            <li key={adoption.id}>
              {isDoc<Organisation>(adoption.organisation) ? adoption.organisation.name : ''}
              {adoption.place?.city ? `, ${adoption.place.city}` : ''}
              {adoption.since ? ` (${new Date(adoption.since).getFullYear()})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {adoptionPoints.length > 0 ? (
        // Left out of the printed sheet: a map at print size says less than the list above.
        <div className="product__map">
          <GermanyMap
            locale={locale}
            points={adoptionPoints}
            titleId="adoption-map-title"
            groupHref="#adoptions"
          />
        </div>
      ) : null}
    </article>
  )
}
