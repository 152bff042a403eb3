import type { Payload } from 'payload'

import type { Locale } from '@/constants'

/** What every public read needs: the Local API and the language of the page. */
export type PageRead = { payload: Payload; locale: Locale }
export type SlugRead = PageRead & { slug: string }
