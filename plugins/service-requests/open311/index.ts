/** What the app's /open311 route handler imports. */
export { handleOpen311Get, open311Response, type Open311Answer } from './handlers'
export { handleOpen311Post, readOpen311Form } from './post'
export { requestOptions } from '../frontend/options'
export { generateApiKey } from './apiKeys'
