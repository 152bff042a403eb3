import Link from 'next/link'

import type { Routes } from '@/components/admin/links'
import type { TextKey } from '@/i18n'
import type { MyProduct } from '@/services/admin/productDashboards'

import { formatAdminDateTime } from '@/lib/dates'
import { newProductHref, productHref } from '../links'
import { ReviewBadge } from './ReviewBadge'
import type { T } from './types'

const base = 'pd-dash'

function LastComment({ product, t }: { product: MyProduct; t: T }) {
  const comment = product.lastComment
  if (!comment) return <span className={`${base}__muted`}>{t('productDashboard.noComment')}</span>
  return (
    <>
      <p className={`${base}__comment`}>{comment.comment}</p>
      <p className={`${base}__note`}>
        {t('productDashboard.commentBy', {
          name: comment.byName ?? '–',
          date: formatAdminDateTime(comment.at),
        })}
      </p>
    </>
  )
}

function Missing({ product, t }: { product: MyProduct; t: T }) {
  if (product.missing.length === 0 && !product.isEnglishMissing)
    return <span>{t('productDashboard.complete')}</span>
  return (
    <ul className={`${base}__missing`}>
      {product.missing.map((key) => (
        <li key={key}>{t(`completeness.${key}` as TextKey)}</li>
      ))}
      {product.isEnglishMissing && (
        <li className={`${base}__muted`}>{t('productDashboard.englishMissing')}</li>
      )}
    </ul>
  )
}

/** "Meine Produkte": every product of the user's projects, each linking to its edit view. */
export function MyProducts({
  products,
  routes,
  t,
}: {
  products: MyProduct[] | null
  routes: Routes
  t: T
}) {
  const id = `${base}-mine`
  return (
    <section className={`${base}__section`} aria-labelledby={id}>
      <div className={`${base}__head`}>
        <h2 id={id}>{t('productDashboard.myProducts')}</h2>
        <Link className={`${base}__button`} href={newProductHref(routes)}>
          {t('productDashboard.newProduct')}
        </Link>
      </div>
      <p className={`${base}__note`}>{t('productDashboard.myProductsIntro')}</p>
      {products === null ? (
        <p role="alert">{t('productDashboard.unavailable')}</p>
      ) : products.length === 0 ? (
        <p>{t('productDashboard.noProducts')}</p>
      ) : (
        <div className={`${base}__scroll`}>
          <table className={`${base}__table`}>
            <caption className={`${base}__sr-only`}>
              {t('productDashboard.myProductsCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('productDashboard.product')}</th>
                <th scope="col">{t('productDashboard.reviewStatus')}</th>
                <th scope="col">{t('productDashboard.lastComment')}</th>
                <th scope="col">{t('productDashboard.missing')}</th>
                <th scope="col" className={`${base}__number`}>
                  {t('productDashboard.requests')}
                </th>
                <th scope="col" className={`${base}__number`}>
                  {t('productDashboard.adoptions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={String(product.id)} data-product={String(product.id)}>
                  <th scope="row">
                    <Link href={productHref(routes, product.id)}>{product.title}</Link>
                    {product.project && <p className={`${base}__note`}>{product.project}</p>}
                  </th>
                  <td>
                    <ReviewBadge status={product.status} t={t} />
                  </td>
                  <td>
                    <LastComment product={product} t={t} />
                  </td>
                  <td>
                    <Missing product={product} t={t} />
                  </td>
                  <td className={`${base}__number`}>{product.requests}</td>
                  <td className={`${base}__number`}>{product.adoptions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
