export { buildRss, RSS_MAX_ITEMS } from './rss'
export type { FeedItem, RssOptions } from './rss'
export {
  buildCapAlert,
  buildCapIndex,
  CAP_CATEGORY,
  CAP_LEVEL,
  CAP_MIME_TYPE,
  CAP_NAMESPACE,
  capDateTime,
  geoJsonToCapPolygons,
} from './cap'
export type {
  CapArea,
  CapBoundary,
  CapCategory,
  CapCertainty,
  CapIndexAlert,
  CapIndexOptions,
  CapInfo,
  CapKind,
  CapLevel,
  CapNotice,
  CapReference,
  CapSeverity,
  CapUrgency,
} from './cap'
