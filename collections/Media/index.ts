import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { dataDir } from '@/lib/config/env'
import { uploadResponseHeaders } from '@/server/securityHeaders'

import { revalidateMedia } from './hooks/revalidateMedia'

/** Images and documents used on the public site. Uploads live outside git (MEDIA_DIR or .data/media). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { fr: 'Média', en: 'Media' }, plural: { fr: 'Médias', en: 'Media' } },
  admin: { group: { fr: 'Contenu', en: 'Content' } },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [revalidateMedia], afterDelete: [revalidateMedia] },
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR || path.join(dataDir(), 'media')),
    // No SVG: served from the site's own origin, an SVG can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    // A PDF is downloaded rather than opened on the site's own origin; nosniff on every file.
    modifyResponseHeaders: uploadResponseHeaders,
    focalPoint: true,
    imageSizes: [
      {
        name: 'thumbnail',
        width: 400,
        formatOptions: { format: 'webp', options: { quality: 78 } },
      },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Texte de remplacement', en: 'Alternative text' },
      admin: {
        description: {
          fr: 'Décrit l’image pour les personnes qui ne la voient pas.',
          en: 'Describes the image for people who cannot see it.',
        },
      },
    },
    { name: 'credit', type: 'text', label: { fr: 'Crédit', en: 'Credit' } },
  ],
}
