import { solveChallenge } from 'altcha-lib/v1'

/**
 * The public request form driven as a browser without JavaScript would: load the page, keep its
 * hidden fields (Next's action reference, the form token), fill in the fields, post the form.
 * Used by the integration tests and by bench/requests.ts.
 */
export type LoadedForm = {
  url: string
  hidden: Record<string, string>
  question: { a: number; b: number }
  challenge: {
    algorithm: string
    challenge: string
    salt: string
    signature: string
    maxnumber?: number
  }
}

const unescapeHtml = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** The hidden inputs in a piece of HTML (a page, or one form of it), unescaped. */
export const hiddenFields = (html: string): Record<string, string> =>
  Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [
      match[1],
      unescapeHtml(match[2] ?? ''),
    ]),
  )

export const loadRequestForm = async (
  baseURL: string,
  {
    slugs,
    locale = 'de',
    headers = {},
  }: { slugs: string[]; locale?: 'de' | 'en'; headers?: Record<string, string> },
): Promise<LoadedForm> => {
  const query = new URLSearchParams(slugs.map((slug) => ['produkt', slug])).toString()
  const url = `${baseURL}${locale === 'en' ? '/en' : ''}/anfrage?${query}`
  const response = await fetch(url, { headers })
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`)
  return readRequestForm(url, await response.text())
}

/** The form as a page shows it: after a GET, or re-rendered with errors after a POST. */
export const readRequestForm = (url: string, html: string): LoadedForm => {
  const hidden = hiddenFields(html)
  const question = /(\d+) (?:plus) (\d+)\?/.exec(html)
  if (!question || !hidden.formToken) throw new Error('The request form did not render its fields')
  const challenge = /id="proof-challenge" value="([^"]+)"/.exec(html)
  if (!challenge) throw new Error('The request form did not render its proof-of-work challenge')
  return {
    url,
    hidden,
    question: { a: Number(question[1]), b: Number(question[2]) },
    challenge: JSON.parse(unescapeHtml(challenge[1])) as LoadedForm['challenge'],
  }
}

/** Solves the form's proof of work as the browser does (for JavaScript-like submissions). */
export const solveProof = async (challenge: LoadedForm['challenge']): Promise<string> => {
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise
  if (!solution) throw new Error('Proof of work not solvable')
  return Buffer.from(JSON.stringify({ ...challenge, number: solution.number })).toString('base64')
}

export const validRequestFields = (overrides: Record<string, string | string[]> = {}) => ({
  organisation: 'Berufskolleg Musterstadt',
  organisationType: 'vocational-college',
  name: 'Erika Beispiel',
  role: 'Koordination Berufsorientierung',
  email: 'erika.beispiel@example.org',
  phone: '+49 201 1234567',
  postcode: '45127',
  city: 'Essen',
  state: 'NW',
  goal: 'Wir möchten das Planspiel im nächsten Schuljahr mit zwei Klassen erproben.',
  desiredStart: '',
  consent: 'on',
  ...overrides,
})

/** Posts the form like a browser without JavaScript; answers the raw response (no redirects). */
export const postRequestForm = async (
  form: LoadedForm,
  fields: Record<string, string | string[] | undefined>,
  headers: Record<string, string> = {},
): Promise<Response> => {
  const body = new FormData()
  for (const [name, value] of Object.entries({ ...form.hidden, ...fields })) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item)
  }
  const origin = new URL(form.url).origin
  return fetch(form.url, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { origin, ...headers },
  })
}
