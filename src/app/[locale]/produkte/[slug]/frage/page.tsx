import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { QuestionForm } from '@/components/adopterQuestion/QuestionForm.client'
import { SiteShell } from '@/components/site/SiteShell'
import { Alert } from '@/components/ui/Alert'
import type { Locale } from '@/constants'
import { getProductBySlug } from '@/data/catalogue'
import { getSiteSettings } from '@/data/network'
import { getNearestAdopters, type NearbyAdopter } from '@/data/nearestAdopters'
import { dictionaries, translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { emptyQuestion, postcodeError } from '@/lib/adopterQuestions/form'
import { legalPath, productPath } from '@/lib/paths'
import { issueFormChallenge } from '@/lib/requests/antiAbuse'
import { NEAREST_LIMIT } from '@/services/adopterQuestions/submit'
import { getPayloadClient } from '@/services/payload'

// Reads the visitor's postcode and issues a form token: rendered per request, never cached.
export const dynamic = 'force-dynamic'

type Props = PageProps<{ slug: string }>

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: translate({ key: 'adopterQuestion.title', locale: await pageLocale(params) }),
  robots: { index: false },
})

const adopterLabel = ({ adopter, locale }: { adopter: NearbyAdopter; locale: Locale }) => {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const type = adopter.organisationType
    ? t(`options.organisationTypes.${adopter.organisationType}` as TextKey)
    : ''
  const who = [adopter.organisation, type && `(${type})`].filter(Boolean).join(' ')
  const where = adopter.isSameArea
    ? t('adopterQuestion.sameArea')
    : t('adopterQuestion.distance', { km: adopter.km })
  return `${who}${adopter.city ? `, ${adopter.city}` : ''}: ${where}`
}

/** `/produkte/<slug>/frage?plz=…`: the nearest earlier adopters, and a question to one of them. */
export default async function AdopterQuestionRoute({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { slug: rawSlug } = await params
  const slug = decodeURIComponent(rawSlug)
  const query = await searchParams
  const postcode = (typeof query.plz === 'string' ? query.plz : '').trim().slice(0, 10)
  const isSent = query.gesendet === '1'
  const payload = await getPayloadClient()
  const loaded = await getProductBySlug({ payload, locale, slug })
  if (!loaded) notFound()
  const { product } = loaded
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const error = postcode ? postcodeError(postcode, locale) : undefined
  const adopters =
    postcode && !error
      ? await getNearestAdopters({
          payload,
          locale,
          productId: product.id,
          postcode,
          limit: NEAREST_LIMIT,
        })
      : []
  const [settings, challenge] = await Promise.all([
    getSiteSettings({ payload, locale }),
    issueFormChallenge(),
  ])
  const here = `${productPath({ locale, slug })}/frage`
  return (
    <SiteShell
      locale={locale}
      alternateHref={`${productPath({ locale: otherLocale(locale), slug })}/frage`}
    >
      <p>
        <a href={productPath({ locale, slug })}>{product.title}</a>
      </p>
      <h1>{t('adopterQuestion.title')}</h1>
      {isSent ? <Alert kind="success" role="status" title={t('adopterQuestion.sent')} /> : null}
      <p>{t('adopterQuestion.intro')}</p>
      <form method="get" action={here} className="request-form" noValidate>
        <div className={error ? 'kern-form-input kern-form-input--error' : 'kern-form-input'}>
          <label className="kern-label" htmlFor="field-plz">
            {t('adopterQuestion.postcode')}
          </label>
          {error ? (
            <p className="kern-error">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body" id="error-plz">
                {error}
              </span>
            </p>
          ) : null}
          <input
            id="field-plz"
            name="plz"
            className={
              error
                ? 'kern-form-input__input kern-form-input__input--error'
                : 'kern-form-input__input'
            }
            inputMode="numeric"
            autoComplete="postal-code"
            defaultValue={postcode}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'error-plz' : undefined}
          />
        </div>
        <p>
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t('adopterQuestion.showNearest')}</span>
          </button>
        </p>
      </form>
      {postcode && !error ? (
        <section aria-labelledby="nearest-heading">
          <h2 id="nearest-heading">{t('adopterQuestion.nearestHeading')}</h2>
          {adopters.length === 0 ? (
            <p>{t('adopterQuestion.noneNearby')}</p>
          ) : (
            <>
              <ol data-testid="nearest-adopters">
                {adopters.map((adopter) => (
                  <li key={adopter.id} data-km={adopter.km}>
                    {adopterLabel({ adopter, locale })}
                  </li>
                ))}
              </ol>
              <p className="muted">{t('adopterQuestion.precision')}</p>
              <h2>{t('adopterQuestion.formHeading')}</h2>
              <p>{t('adopterQuestion.formIntro')}</p>
              <QuestionForm
                locale={locale}
                initial={{
                  values: emptyQuestion(slug, postcode),
                  errors: {},
                  challenge,
                  attempt: 0,
                }}
                texts={dictionaries[locale].adopterQuestion}
                proofTexts={dictionaries[locale].request}
                adopters={adopters.map((adopter) => ({
                  id: adopter.id,
                  label: adopterLabel({ adopter, locale }),
                }))}
                privacyHref={legalPath({ locale, page: 'privacy' })}
                privacyVersion={settings.privacyPolicyVersion}
                permalink={`${here}?plz=${encodeURIComponent(postcode)}`}
              />
            </>
          )}
        </section>
      ) : null}
    </SiteShell>
  )
}
