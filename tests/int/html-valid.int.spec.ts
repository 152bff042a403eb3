/**
 * Every public page type, German and English, is valid HTML: the Nu HTML Checker (vnu-jar, the
 * W3C's validator, run locally with Java) finds no error in the HTML the server sends.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { testContext, type TestContext } from '../helpers/context'
import { api } from '../helpers/http'
import { run } from '../helpers/processes'
import { pagePath, PUBLIC_PAGES } from '../helpers/publicPages'

const VNU_JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
const JAVA = process.env.JAVA_PATH || '/usr/bin/java'

type VnuMessage = {
  type: string
  url?: string
  message: string
  lastLine?: number
  extract?: string
}

let fixtures: TestContext['fixtures']
let request: { id: number; trackingToken?: string | null }
let directory: string

beforeAll(async () => {
  ;({ fixtures } = await testContext())
  request = await fixtures.request()
  directory = mkdtempSync(path.join(tmpdir(), 'transferkatalog-html-'))
})

afterAll(async () => {
  await fixtures.remove({ collection: COLLECTIONS.adoptionRequests, id: request.id })
  rmSync(directory, { recursive: true, force: true })
})

describe('HTML of every public page type', () => {
  it('has no errors for the Nu HTML Checker', { timeout: 300_000 }, async () => {
    // One file per page, named by its place in the list, so each message leads back to its page.
    const pages = new Map<string, string>()
    const files: string[] = []
    for (const [index, page] of PUBLIC_PAGES.entries()) {
      const answer = await api({ path: pagePath(page, request.trackingToken as string) })
      expect(answer.status, page.path).toBe(page.status)
      const name = `${String(index).padStart(2, '0')}.html`
      writeFileSync(path.join(directory, name), answer.text)
      files.push(path.join(directory, name))
      pages.set(name, `${page.name} ${page.path}`)
    }
    // One Java start for all pages (it costs seconds), with a time limit of its own.
    const result = await run({
      command: JAVA,
      args: ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--stdout', ...files],
      timeoutMs: 240_000,
    })
    const { messages } = JSON.parse(result.stdout) as { messages: VnuMessage[] }
    const errors = messages
      .filter(({ type }) => type !== 'info')
      .map(
        ({ url, message, lastLine, extract }) =>
          `${pages.get(path.basename(url ?? '')) ?? url}, line ${lastLine}: ${message} [${extract?.trim() ?? ''}]`,
      )
    expect(errors, errors.join('\n')).toEqual([])
  })
})
