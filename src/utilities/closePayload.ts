// Scripts, tests and the app close Payload the way the plugins' own tests do (the kit's copy).
export { closePayload } from '../../plugins/kit/closePayload'
