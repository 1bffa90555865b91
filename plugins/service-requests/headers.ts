/**
 * What the host app's security headers need from this plugin: the inline scripts of the request
 * form, whose hashes its Content-Security-Policy allows (no CSS, no React: next.config.ts loads it).
 */
export { inlineScripts } from './frontend/inlineScripts'
