import { COLLECTIONS } from '@/constants'

import type { ID, SeedContext } from '../context'

/** One upload, found by file name or created with its German and English alternative text. */
export const ensureMedia = ({
  context,
  filename,
  alt,
  data,
  mimetype,
}: {
  context: SeedContext
  filename: string
  alt: { de: string; en: string }
  data: Buffer
  mimetype: string
}): Promise<ID> =>
  context.ensure(COLLECTIONS.media, { filename: { equals: filename } }, () =>
    context.createBilingual({
      collection: COLLECTIONS.media,
      de: { alt: alt.de },
      en: { alt: alt.en },
      file: { data, mimetype, name: filename, size: data.length },
    }),
  )
