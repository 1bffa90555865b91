/** Route handlers the host app mounts itself (src/app/(payload)/api/surveys/[id]/answer/route.ts). */
export { answerRoute } from './frontend/answerRoute'
