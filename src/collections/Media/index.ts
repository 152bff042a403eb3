import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { COLLECTIONS, MEDIA_MIME_TYPES } from '@/constants'
import { answerMissingFile } from '@/hooks/answerMissingFile'
import { collectionLabels, label } from '@/i18n'

const webp = { format: 'webp' as const, options: { quality: 80 } }

/** Upload storage on disk: the top-level `media/` folder unless MEDIA_DIR says otherwise. */
export const mediaDirectory = (): string =>
  path.resolve(
    process.env.MEDIA_DIR || path.join(/* turbopackIgnore: true */ process.cwd(), 'media'),
  )

export const Media: CollectionConfig = {
  slug: COLLECTIONS.media,
  labels: collectionLabels('media'),
  admin: {
    group: label('adminGroups.catalogue'),
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('fields.alt'),
      required: true,
      localized: true,
      admin: { description: label('descriptions.alt') },
    },
  ],
  upload: {
    staticDir: mediaDirectory(),
    // A file name nobody uploaded answers 404 (Payload alone answers 500).
    handlers: [answerMissingFile],
    // Only what the catalogue shows or offers for download: SVG and HTML could carry scripts.
    mimeTypes: [...MEDIA_MIME_TYPES],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, formatOptions: webp },
      // Each shape in two widths, so that a srcset only offers the same picture larger or smaller.
      { name: 'cardSmall', width: 320, height: 200, formatOptions: webp },
      { name: 'card', width: 640, height: 400, formatOptions: webp },
      { name: 'heroMedium', width: 800, height: 400, formatOptions: webp },
      { name: 'hero', width: 1600, height: 800, formatOptions: webp, withoutEnlargement: true },
    ],
  },
}
