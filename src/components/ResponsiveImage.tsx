import type { Media } from '@/payload-types'

type Size = { filename?: string | null; width?: number | null; height?: number | null }

/**
 * An uploaded image in the sizes sharp made of it (collections/Media: 400, 768 and 1600 px wide,
 * WebP), for the browser to pick from (`srcset` + `sizes`), with the alternative text the admin
 * requires, its intrinsic width and height (no layout shift) and lazy decoding. Addresses are the
 * site's own file route, relative: the same on every host the site answers on.
 */
export const ResponsiveImage = ({
  media,
  sizes,
  isPriority = false,
  className,
}: {
  media: Media
  /** The `sizes` attribute: how wide the image is drawn, e.g. '(min-width: 48rem) 46rem, 100vw'. */
  sizes: string
  /** The page's main image: fetched at once instead of lazily. */
  isPriority?: boolean
  className?: string
}) => {
  const fileUrl = (filename: string) => `/api/media/file/${encodeURIComponent(filename)}`
  const made = [media.sizes?.thumbnail, media.sizes?.card, media.sizes?.hero].filter(
    (size): size is Size & { filename: string; width: number } =>
      Boolean(size?.filename && size.width),
  )
  if (!media.filename || !/^image\//.test(media.mimeType ?? '')) return null
  const largest: Size = made.at(-1) ?? media
  const fallback = made.find((size) => size.width >= 768) ?? largest
  return (
    <img
      src={fileUrl(fallback.filename ?? media.filename)}
      srcSet={
        made.length
          ? made.map((size) => `${fileUrl(size.filename)} ${size.width}w`).join(', ')
          : undefined
      }
      sizes={made.length ? sizes : undefined}
      alt={media.alt ?? ''}
      width={largest.width ?? undefined}
      height={largest.height ?? undefined}
      loading={isPriority ? 'eager' : 'lazy'}
      decoding="async"
      className={className}
    />
  )
}
