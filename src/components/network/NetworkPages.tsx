import { RichText } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'

import type { Locale } from '@/constants'
import type { getAllianceBySlug, getProjectBySlug, listOffices, listProjects } from '@/data/network'
import { translate, type TextKey } from '@/i18n'
import type {
  Alliance,
  Organisation,
  Project,
  RegionalOffice,
  Sector,
  TransferProduct,
} from '@/payload-types'

import { alliancePath, productPath, projectPath } from '@/lib/paths'
import { Fact } from '../ui/Fact'

const isDoc = <T extends object>(value: unknown): value is T =>
  typeof value === 'object' && value !== null
const textFor = (locale: Locale) => (key: TextKey, values?: Record<string, string | number>) =>
  translate({ key, locale, values })

export function ProjectsPage({
  locale,
  projects,
}: {
  locale: Locale
  projects: Awaited<ReturnType<typeof listProjects>>
}) {
  const t = textFor(locale)
  return (
    <>
      <h1>{t('network.projects')}</h1>
      <p>{t('network.projectsIntro')}</p>
      <ul className="plain-list">
        {projects.map((project) => (
          <li key={project.id}>
            <h2 className="list-title">
              <Link href={projectPath({ locale, slug: project.slug ?? String(project.id) })}>
                {project.name}
              </Link>
            </h2>
            <p className="muted">
              {[
                isDoc<RegionalOffice>(project.office) ? project.office.name : null,
                project.fundingRound
                  ? t('network.fundingRound', { round: project.fundingRound })
                  : null,
                project.state ? t(`options.states.${project.state}` as TextKey) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {project.summary ? <p>{project.summary}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}

export function ProjectPage({
  locale,
  project,
}: {
  locale: Locale
  project: NonNullable<Awaited<ReturnType<typeof getProjectBySlug>>>
}) {
  const t = textFor(locale)
  const products = (project.transferProducts?.docs ?? []).filter(isDoc<TransferProduct>)
  const alliances = (project.alliances ?? []).filter(isDoc<Alliance>)
  const partners = (project.partners ?? []).filter(isDoc<Organisation>)
  return (
    <article>
      <h1>{project.name}</h1>
      {project.summary ? <p className="tagline">{project.summary}</p> : null}
      <dl className="facts">
        <Fact label={t('product.carrier')}>
          {isDoc<Organisation>(project.carryingOrganisation)
            ? project.carryingOrganisation.name
            : null}
        </Fact>
        <Fact label={t('network.partners')}>
          {partners.length ? partners.map((partner) => partner.name).join(', ') : null}
        </Fact>
        <Fact label={t('fields.office')}>
          {isDoc<RegionalOffice>(project.office) ? project.office.name : null}
        </Fact>
        <Fact label={t('fields.fundingRound')}>
          {project.fundingRound ? t('network.fundingRound', { round: project.fundingRound }) : null}
        </Fact>
        <Fact label={t('network.period')}>
          {project.period?.start ? (
            <>
              {new Date(project.period.start).getFullYear()}
              {project.period.end ? `–${new Date(project.period.end).getFullYear()}` : ''}
            </>
          ) : null}
        </Fact>
        <Fact label={t('fields.alliances')}>
          {alliances.length ? (
            <>
              {alliances.map((alliance, index) => (
                <span key={alliance.id}>
                  {index > 0 ? ', ' : ''}
                  <Link href={alliancePath({ locale, slug: alliance.slug ?? String(alliance.id) })}>
                    {alliance.name}
                  </Link>
                </span>
              ))}
            </>
          ) : null}
        </Fact>
      </dl>
      <h2>{t('network.products')}</h2>
      {products.length ? (
        <ul>
          {products.map((product) => (
            <li key={product.id}>
              <Link href={productPath({ locale, slug: product.slug ?? String(product.id) })}>
                {product.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('network.productsNone')}</p>
      )}
    </article>
  )
}

export function OfficesPage({
  locale,
  offices,
}: {
  locale: Locale
  offices: Awaited<ReturnType<typeof listOffices>>
}) {
  const t = textFor(locale)
  return (
    <>
      <h1>{t('network.offices')}</h1>
      <p>{t('network.officesIntro')}</p>
      <ul className="plain-list">
        {offices.map((office) => (
          <li key={office.id}>
            <h2 className="list-title">{office.name}</h2>
            <p>
              <strong>{t('network.statesCovered')}:</strong>{' '}
              {(office.states ?? [])
                .map((state) => t(`options.states.${state}` as TextKey))
                .join(', ')}
            </p>
            <p>
              {office.contact.role},{' '}
              <a href={`mailto:${office.contact.email}`}>{office.contact.email}</a>
              {office.contact.phone ? `, ${office.contact.phone}` : ''}
              {office.postalAddress?.city
                ? ` · ${[office.postalAddress.street, office.postalAddress.postcode, office.postalAddress.city].filter(Boolean).join(' ')}`
                : ''}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}

export function AlliancePage({
  locale,
  alliance,
}: {
  locale: Locale
  alliance: NonNullable<Awaited<ReturnType<typeof getAllianceBySlug>>>
}) {
  const t = textFor(locale)
  const members = (alliance.memberProjects?.docs ?? []).filter(isDoc<Project>)
  return (
    <article>
      <h1>{alliance.name}</h1>
      <p className="muted">
        {[
          isDoc<Sector>(alliance.sector) ? alliance.sector.name : null,
          alliance.foundedYear ? t('network.founded', { year: alliance.foundedYear }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {alliance.description ? <RichText data={alliance.description} /> : null}
      <h2>{t('network.members')}</h2>
      <ul>
        {members.map((project) => (
          <li key={project.id}>
            <Link href={projectPath({ locale, slug: project.slug ?? String(project.id) })}>
              {project.name}
            </Link>
          </li>
        ))}
      </ul>
    </article>
  )
}
