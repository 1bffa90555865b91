// XML 1.0 allows tab, line feed, carriage return and the printable planes only; text pasted into
// the CMS (from Word or PDFs) sometimes carries other control characters, and a single one makes
// the whole document unparseable for every subscriber.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export const stripInvalidXmlChars = (value: string): string => value.replace(INVALID_XML_CHARS, '')
