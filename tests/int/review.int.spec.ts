/**
 * The product review on the server: who may move a product between draft, submitted, changes
 * requested and published, through REST (JWT and cookie) and the Local API alike; the history,
 * the completeness check on submit, the pending draft of a published product, and the mails.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS, REVIEW_COMMENT_MAX_LENGTH, type ReviewStatus } from '@/constants'
import type { TransferProduct } from '@/payload-types'

import type { Actor, ActorKey } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { type Fixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { mailsTo } from '../helpers/mail'
import { fieldErrors, reviewProduct, storedStates } from '../helpers/review'

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

const OFFICE_WEST_MAIL = 'transfer-west@example.org'
const PROJECT_STAFF_MAIL = 'projekt@example.org'

type Via = 'jwt' | 'cookie' | 'local'

/**
 * One save as an actor: REST (`PATCH /api/transfer-products/:id`, a draft save unless `publish`)
 * with the login as JWT header or cookie, or the Local API as that user without override. Answers
 * the status and the field errors, whichever way it went.
 */
const save = async ({
  via,
  actor,
  id,
  body,
  isDraft = true,
}: {
  via: Via
  actor: ActorKey
  id: number
  body: Record<string, unknown>
  isDraft?: boolean
}): Promise<{ status: number; paths: string[]; text: string }> => {
  if (via === 'local') {
    try {
      await payload.update({
        collection: COLLECTIONS.transferProducts,
        id,
        data: body,
        draft: isDraft,
        depth: 0,
        user: actors[actor].user,
        overrideAccess: false,
      })
      return { status: 200, paths: [], text: '' }
    } catch (error) {
      const failure = error as {
        status?: number
        message?: string
        data?: { errors?: { path: string }[] }
      }
      return {
        status: failure.status ?? 500,
        paths: (failure.data?.errors ?? []).map((item) => item.path),
        text: JSON.stringify({ message: failure.message, data: failure.data }),
      }
    }
  }
  const token = actors[actor].token
  const response = await api({
    path: `/api/transfer-products/${id}?depth=0${isDraft ? '&draft=true' : ''}`,
    method: 'PATCH',
    body,
    ...(via === 'cookie' && token ? { headers: { Cookie: `payload-token=${token}` } } : { token }),
  })
  return {
    status: response.status,
    paths: fieldErrors(response).map((item) => item.path),
    text: response.text,
  }
}

const VIAS: Via[] = ['jwt', 'cookie', 'local']

type Transition = {
  actor: ActorKey
  from: ReviewStatus
  body: Record<string, unknown>
  isDraft?: boolean
  /** The review status of the newest state afterwards. */
  to: ReviewStatus
}

const ALLOWED: Transition[] = [
  { actor: 'projectStaff', from: 'draft', body: { reviewStatus: 'submitted' }, to: 'submitted' },
  { actor: 'officeWest', from: 'draft', body: { reviewStatus: 'submitted' }, to: 'submitted' },
  {
    actor: 'projectStaff',
    from: 'changes-requested',
    body: { reviewStatus: 'submitted' },
    to: 'submitted',
  },
  { actor: 'officeWest', from: 'submitted', body: { reviewStatus: 'published' }, to: 'published' },
  {
    actor: 'officeWest',
    from: 'submitted',
    body: { _status: 'published' },
    isDraft: false,
    to: 'published',
  },
  { actor: 'admin', from: 'submitted', body: { reviewStatus: 'published' }, to: 'published' },
  {
    actor: 'officeWest',
    from: 'submitted',
    body: { reviewStatus: 'changes-requested', reviewComment: 'Bitte Bild tauschen.' },
    to: 'changes-requested',
  },
  {
    actor: 'admin',
    from: 'submitted',
    body: { reviewStatus: 'changes-requested', reviewComment: 'Bitte Bild tauschen.' },
    to: 'changes-requested',
  },
  {
    actor: 'officeWest',
    from: 'changes-requested',
    body: { reviewStatus: 'published' },
    to: 'published',
  },
  { actor: 'officeWest', from: 'draft', body: { reviewStatus: 'published' }, to: 'published' },
  { actor: 'projectStaff', from: 'published', body: { pitch: 'Überarbeitet.' }, to: 'draft' },
  {
    actor: 'projectStaff',
    from: 'published',
    body: { pitch: 'Überarbeitet.', reviewStatus: 'submitted' },
    to: 'submitted',
  },
]

describe('allowed review transitions', () => {
  for (const transition of ALLOWED) {
    for (const via of VIAS) {
      it(`${transition.actor} moves ${transition.from} → ${transition.to} with ${JSON.stringify(transition.body)} (${via})`, async () => {
        const product = await reviewProduct({ payload, fixtures, status: transition.from })
        const result = await save({ via, id: product.id, ...transition })
        expect(result.status, result.text.slice(0, 400)).toBe(200)
        const { published, draft } = await storedStates(payload, product.id)
        expect(draft?.reviewStatus).toBe(transition.to)
        const last = draft?.reviewHistory?.at(-1)
        expect(last?.from).toBe(transition.from)
        expect(last?.to).toBe(transition.to)
        expect(last?.by).toBe(actors[transition.actor].user!.id)
        expect(last?.byName).toBe(actors[transition.actor].user!.name)
        if (transition.to === 'published') {
          expect(published?._status).toBe('published')
          expect(published?.reviewStatus).toBe('published')
        }
        // A draft of a published product leaves the published version as it was.
        if (transition.from === 'published' && transition.to !== 'published') {
          expect(published?.reviewStatus).toBe('published')
          expect(published?.pitch).toBe(product.pitch)
          expect(draft?.pitch).toBe('Überarbeitet.')
        }
        // The comment lives on in the history only.
        expect((draft as { reviewComment?: unknown }).reviewComment ?? null).toBeNull()
        if (typeof transition.body.reviewComment === 'string')
          expect(last?.comment).toBe(transition.body.reviewComment)
      })
    }
  }
})

type Refusal = {
  name: string
  actor: ActorKey
  from: ReviewStatus
  body: Record<string, unknown>
  isDraft?: boolean
  /** A product of another office's project. */
  project?: string
  status: number
  /** The field the 400 names. */
  paths?: string[]
}

const LONG_COMMENT = 'x'.repeat(REVIEW_COMMENT_MAX_LENGTH + 1)

const REFUSED: Refusal[] = [
  {
    name: 'project staff publish their draft through reviewStatus',
    actor: 'projectStaff',
    from: 'draft',
    body: { reviewStatus: 'published' },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'project staff publish a submitted product through reviewStatus',
    actor: 'projectStaff',
    from: 'submitted',
    body: { reviewStatus: 'published' },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'project staff publish from changes-requested through reviewStatus',
    actor: 'projectStaff',
    from: 'changes-requested',
    body: { reviewStatus: 'published' },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'project staff publish through reviewStatus in a non-draft save',
    actor: 'projectStaff',
    from: 'submitted',
    body: { reviewStatus: 'published' },
    isDraft: false,
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'project staff publish through _status',
    actor: 'projectStaff',
    from: 'submitted',
    body: { _status: 'published' },
    isDraft: false,
    status: 403,
  },
  {
    name: 'project staff request changes on their own product',
    actor: 'projectStaff',
    from: 'submitted',
    body: { reviewStatus: 'changes-requested', reviewComment: 'Selbst.' },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'project staff pull a submission back to draft',
    actor: 'projectStaff',
    from: 'submitted',
    body: { reviewStatus: 'draft' },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'the office pulls a submission back to draft',
    actor: 'officeWest',
    from: 'submitted',
    body: { reviewStatus: 'draft' },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'the office requests changes on a draft nobody submitted',
    actor: 'officeWest',
    from: 'draft',
    body: { reviewStatus: 'changes-requested', reviewComment: 'Zu früh.' },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'the office requests changes without a comment',
    actor: 'officeWest',
    from: 'submitted',
    body: { reviewStatus: 'changes-requested' },
    status: 400,
    paths: ['reviewComment'],
  },
  {
    name: 'the office requests changes with a blank comment',
    actor: 'officeWest',
    from: 'submitted',
    body: { reviewStatus: 'changes-requested', reviewComment: '   \n ' },
    status: 400,
    paths: ['reviewComment'],
  },
  {
    name: 'the office sends a comment over the limit',
    actor: 'officeWest',
    from: 'submitted',
    body: { reviewStatus: 'changes-requested', reviewComment: LONG_COMMENT },
    status: 400,
    paths: ['reviewComment'],
  },
  {
    name: 'the office sends a comment that is not text',
    actor: 'officeWest',
    from: 'submitted',
    body: { reviewStatus: 'changes-requested', reviewComment: { text: 'Objekt' } },
    status: 400,
    paths: ['reviewComment'],
  },
  {
    name: 'an unknown status',
    actor: 'officeWest',
    from: 'submitted',
    body: { reviewStatus: 'approved' },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'a status that is not text',
    actor: 'projectStaff',
    from: 'draft',
    body: { reviewStatus: ['submitted'] },
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'publishing while asking for another status',
    actor: 'officeWest',
    from: 'submitted',
    body: { _status: 'published', reviewStatus: 'changes-requested', reviewComment: 'Beides.' },
    isDraft: false,
    status: 400,
    paths: ['reviewStatus'],
  },
  {
    name: 'the office of another region publishes',
    actor: 'officeSued',
    from: 'submitted',
    body: { reviewStatus: 'published' },
    status: 403,
  },
  {
    name: 'the office of another region publishes through _status',
    actor: 'officeSued',
    from: 'submitted',
    body: { _status: 'published' },
    isDraft: false,
    status: 403,
  },
  {
    name: 'the office of another region requests changes',
    actor: 'officeSued',
    from: 'submitted',
    body: { reviewStatus: 'changes-requested', reviewComment: 'Fremd.' },
    status: 403,
  },
  {
    name: 'the office of another region submits an edit of a published product',
    actor: 'officeSued',
    from: 'published',
    body: { reviewStatus: 'submitted' },
    status: 403,
  },
  {
    name: 'project staff of another project submit',
    actor: 'projectStaff',
    from: 'draft',
    project: 'logistik-duisburg-moers',
    body: { reviewStatus: 'submitted' },
    status: 403,
  },
  {
    name: 'the anonymous visitor submits',
    actor: 'anonymous',
    from: 'draft',
    body: { reviewStatus: 'submitted' },
    status: 403,
  },
]

describe('refused review transitions leave the product unchanged', () => {
  for (const refusal of REFUSED) {
    for (const via of VIAS) {
      if (via === 'local' && refusal.actor === 'anonymous') continue
      it(`${refusal.actor}: ${refusal.name} (${via}) → ${refusal.status}`, async () => {
        const product = await reviewProduct({
          payload,
          fixtures,
          status: refusal.from,
          project: refusal.project,
        })
        const before = await storedStates(payload, product.id)
        const result = await save({
          via,
          actor: refusal.actor,
          id: product.id,
          body: { ...refusal.body, pitch: `Geändert ${uid()}` },
          isDraft: refusal.isDraft,
        })
        expect(result.status, result.text.slice(0, 400)).toBe(refusal.status)
        if (refusal.paths) expect(result.paths).toEqual(refusal.paths)
        // Refusals for a product the actor may not edit say nothing about it.
        if (refusal.status !== 400) {
          expect(result.text).not.toContain(product.title)
          expect(result.text).not.toContain(product.pitch)
        }
        expect(await storedStates(payload, product.id)).toEqual(before)
      })
    }
  }
})

describe('submitting an incomplete product', () => {
  for (const via of VIAS) {
    it(`is refused with the missing items on reviewStatus and on each field, nothing saved (${via})`, async () => {
      // The plain fixture lacks a hero image, effort, cost model, licence, groups and sectors.
      const product = await fixtures.product()
      const before = await storedStates(payload, product.id)
      const result = await save({
        via,
        actor: 'projectStaff',
        id: product.id,
        body: { reviewStatus: 'submitted', pitch: `Eingereicht ${uid()}` },
      })
      expect(result.status, result.text.slice(0, 400)).toBe(400)
      expect(result.paths).toEqual([
        'reviewStatus',
        'heroImage',
        'adoptionKit.effortDays',
        'adoptionKit.costModel',
        'adoptionKit.licence',
        'targetGroups',
        'sectors',
      ])
      expect(result.text).toMatch(/Titelbild|Hero image/)
      expect(await storedStates(payload, product.id)).toEqual(before)
    })
  }

  it('names the missing items in the language of the request', async () => {
    const product = await fixtures.product()
    const response = await api({
      path: `/api/transfer-products/${product.id}?draft=true&locale=en`,
      method: 'PATCH',
      token: actors.projectStaff.token,
      headers: { 'Accept-Language': 'en' },
      body: { reviewStatus: 'submitted' },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)[0].message).toMatch(/Before submitting.*Hero image/)
  })
})

describe('the review history', () => {
  it('records the whole round, with comment, readable by project staff and the office, not the public', async () => {
    const product = await reviewProduct({ payload, fixtures })
    const steps: [ActorKey, Record<string, unknown>][] = [
      ['projectStaff', { reviewStatus: 'submitted' }],
      [
        'officeWest',
        { reviewStatus: 'changes-requested', reviewComment: 'Bitte Kosten erläutern.' },
      ],
      ['projectStaff', { reviewStatus: 'submitted' }],
      ['officeWest', { reviewStatus: 'published' }],
    ]
    for (const [actor, body] of steps)
      expect((await save({ via: 'jwt', actor, id: product.id, body })).status).toBe(200)
    for (const reader of ['projectStaff', 'officeWest'] as const) {
      const response = await api({
        path: `/api/transfer-products/${product.id}?depth=0&draft=true`,
        token: actors[reader].token,
      })
      const doc = response.body as TransferProduct
      expect(doc.reviewStatus).toBe('published')
      expect(
        doc.reviewHistory?.map(({ from, to, comment, byName }) => ({ from, to, comment, byName })),
      ).toEqual([
        { from: 'draft', to: 'submitted', comment: null, byName: actors.projectStaff.user!.name },
        {
          from: 'submitted',
          to: 'changes-requested',
          comment: 'Bitte Kosten erläutern.',
          byName: actors.officeWest.user!.name,
        },
        {
          from: 'changes-requested',
          to: 'submitted',
          comment: null,
          byName: actors.projectStaff.user!.name,
        },
        { from: 'submitted', to: 'published', comment: null, byName: actors.officeWest.user!.name },
      ])
    }
    const publicRead = await api({ path: `/api/transfer-products/${product.id}?depth=0` })
    expect(publicRead.status).toBe(200)
    // Payload answers an unreadable array as empty; nothing of it reaches the public.
    expect((publicRead.body as TransferProduct).reviewHistory ?? []).toEqual([])
    expect(publicRead.body).not.toHaveProperty('reviewStatus')
    expect(publicRead.text).not.toContain('Bitte Kosten erläutern.')
  })

  it('cannot be written through the API', async () => {
    const product = await reviewProduct({ payload, fixtures })
    const forged = { at: new Date().toISOString(), to: 'published', comment: 'gefälscht' }
    const response = await api({
      path: `/api/transfer-products/${product.id}?depth=0&draft=true`,
      method: 'PATCH',
      token: actors.officeWest.token,
      body: { reviewHistory: [forged] },
    })
    expect(response.status).toBe(200)
    const { draft } = await storedStates(payload, product.id)
    expect(draft?.reviewHistory?.map((entry) => entry.comment)).not.toContain('gefälscht')
  })
})

describe('an edit of a published product', () => {
  it('stays a pending draft (public REST and page show the published version) until the office publishes', async () => {
    const product = await reviewProduct({ payload, fixtures, status: 'published' })
    const pitch = `Neuer Pitch ${uid()}`
    const edit = await save({
      via: 'jwt',
      actor: 'projectStaff',
      id: product.id,
      body: { pitch, reviewStatus: 'submitted' },
    })
    expect(edit.status, edit.text.slice(0, 300)).toBe(200)
    const publicRead = await api({ path: `/api/transfer-products/${product.id}?depth=0` })
    expect((publicRead.body as TransferProduct).pitch).toBe(product.pitch)
    const publicDraftRead = await api({
      path: `/api/transfer-products/${product.id}?depth=0&draft=true`,
    })
    expect((publicDraftRead.body as TransferProduct).pitch).toBe(product.pitch)
    const page = await api({ path: `/produkte/${product.slug}` })
    expect(page.status).toBe(200)
    expect(page.text).toContain(product.pitch)
    expect(page.text).not.toContain(pitch)
    const { published, draft } = await storedStates(payload, product.id)
    expect(published?.reviewStatus).toBe('published')
    expect(draft?.reviewStatus).toBe('submitted')

    expect(
      (
        await save({
          via: 'jwt',
          actor: 'officeWest',
          id: product.id,
          body: { reviewStatus: 'published' },
        })
      ).status,
    ).toBe(200)
    const started = Date.now()
    let text = ''
    while (Date.now() - started < 5_000) {
      text = (await api({ path: `/produkte/${product.slug}` })).text
      if (text.includes(pitch)) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(text).toContain(pitch)
  })
})

describe('review mails', () => {
  const mailAbout = (address: string, title: string) =>
    mailsTo(address).filter((mail) => mail.subject.includes(title))

  it('tell the office of a submission, and the project staff of changes requested and of publication', async () => {
    const product = await reviewProduct({ payload, fixtures })
    const admin = `/admin/collections/transfer-products/${product.id}`
    await save({
      via: 'jwt',
      actor: 'projectStaff',
      id: product.id,
      body: { reviewStatus: 'submitted' },
    })
    const deadline = Date.now() + 30_000
    while (mailAbout(OFFICE_WEST_MAIL, product.title).length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250))
    const [submitted] = mailAbout(OFFICE_WEST_MAIL, product.title)
    expect(submitted.subject).toBe(
      `Zur Prüfung eingereicht: ${product.title} / Submitted for review: ${product.title}`,
    )
    expect(submitted.text).toContain(admin)
    expect(submitted.text).toContain('submitted the product')

    const comment = `Bitte Zielgruppen prüfen ${uid()}`
    await save({
      via: 'jwt',
      actor: 'officeWest',
      id: product.id,
      body: { reviewStatus: 'changes-requested', reviewComment: comment },
    })
    const waitFor = async (prefix: string) => {
      const until = Date.now() + 30_000
      for (;;) {
        const found = mailAbout(PROJECT_STAFF_MAIL, product.title).find((mail) =>
          mail.subject.startsWith(prefix),
        )
        if (found) return found
        if (Date.now() > until) throw new Error(`no mail "${prefix}" about ${product.title}`)
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    const changes = await waitFor('Änderungen erbeten')
    expect(changes.text).toContain(comment)
    expect(changes.text).toContain(admin)

    await save({
      via: 'jwt',
      actor: 'projectStaff',
      id: product.id,
      body: { reviewStatus: 'submitted' },
    })
    await save({
      via: 'jwt',
      actor: 'officeWest',
      id: product.id,
      body: { reviewStatus: 'published' },
    })
    const published = await waitFor('Veröffentlicht')
    expect(published.text).toContain('is now published')
    expect(published.text).toContain(admin)
  })

  it('are not sent for a refused submission', async () => {
    const product = await fixtures.product()
    const result = await save({
      via: 'jwt',
      actor: 'projectStaff',
      id: product.id,
      body: { reviewStatus: 'submitted' },
    })
    expect(result.status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(mailAbout(OFFICE_WEST_MAIL, product.title)).toHaveLength(0)
  })
})
