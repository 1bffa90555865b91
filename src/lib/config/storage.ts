import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/**
 * Uploads in S3-compatible storage when S3_BUCKET is set (several web servers must see the same
 * files); on the server's disk otherwise (MEDIA_DIR / REQUEST_PHOTOS_DIR, under .data/ by default).
 *
 * The bucket stays private (`acl: 'private'`) and no file is ever linked by its bucket address:
 * every file is still served by Payload's file route (`/api/media/file/…`,
 * `/api/request-photos/file/…`), which applies the collection's read access first (a resident's
 * photo is for staff, its sender and the holder of its follow-up link) and then streams the object
 * from the bucket with the collection's response headers. A CDN may cache the public media route.
 *
 *   S3_BUCKET, S3_ENDPOINT (any S3 API: MinIO, Ceph, Garage, a provider's), S3_REGION (us-east-1),
 *   S3_ACCESS_KEY_ID + S3_SECRET_ACCESS_KEY (else the SDK's usual credential chain),
 *   S3_FORCE_PATH_STYLE (1 by default with an endpoint: bucket in the path, not the host name)
 */
export const storagePlugin = (env: NodeJS.ProcessEnv = process.env): Plugin => {
  const bucket = env.S3_BUCKET?.trim()
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  return s3Storage({
    // Off without a bucket: Payload keeps the files on disk.
    enabled: Boolean(bucket),
    // The storage fields (object key, prefix) exist with or without a bucket: one schema, one set of
    // migrations, and a city can move its files to a bucket later without a schema change.
    alwaysInsertFields: true,
    bucket: bucket ?? 'unused',
    acl: 'private',
    // `prefix: ''` (files at the bucket's root, as on disk) keeps the prefix field in the schema
    // with a bucket too: the plugin inserts it only for a set prefix once enabled, so without it the
    // generated types and the schema would differ between a server with a bucket and one without.
    collections: { media: { prefix: '' }, 'request-photos': { prefix: '' } },
    config: {
      endpoint,
      region: env.S3_REGION?.trim() || 'us-east-1',
      forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === '1' : Boolean(endpoint),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  })
}
