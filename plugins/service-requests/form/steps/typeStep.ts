import { z } from 'zod'

import { newRequestHref } from '../../requests/routes'
import type { RequestLocale } from '../../types'
import { createDraft, formCookieName, isFormCookie, newFormCookie, saveDraft } from '../drafts'
import { readStepType } from './readStepType'
import { defineStep, oneValue, type TypeSaveContext } from './types'

const schema = z.object({ typeId: oneValue.optional() })

/** The first step again, for a type that needs an account when nobody is signed in: the draft is kept for after signing in. */
const accountFirst = (locale: RequestLocale, draftKey: string) =>
  newRequestHref(locale, { draft: draftKey, step: 'type', error: 'accountRequired' })

/** The type: the first post makes the draft (and an anonymous browser's form cookie). */
export const typeStep = defineStep<typeof schema, TypeSaveContext>({
  schema,
  invalid: 'typeUnknown',
  save: async ({
    payload,
    options,
    locale,
    url,
    citizenId,
    formCookie,
    draft,
    input,
    back,
    see,
  }) => {
    const type = await readStepType(payload, options, input.typeId)
    if (!type) return back('typeUnknown')
    // A type that needs an account is said so now, before the resident writes anything.
    const needsAccount = citizenId === null && !type.allowAnonymous
    if (draft) {
      // Another type: its questions differ, earlier answers no longer apply.
      await saveDraft(payload, options, draft, {
        typeId: type.id,
        ...(draft.data.typeId !== type.id ? { answers: {} } : {}),
      })
      if (needsAccount) return see(accountFirst(locale, draft.key))
      return see(newRequestHref(locale, { draft: draft.key, step: 'details' }))
    }
    // An anonymous browser gets its form cookie (kept if it has one): see form/drafts.
    const cookie =
      citizenId === null ? (isFormCookie(formCookie) ? formCookie : newFormCookie()) : null
    const created = await createDraft(
      payload,
      options,
      citizenId,
      { typeId: type.id },
      { formCookie: cookie },
    )
    const response = needsAccount
      ? see(accountFirst(locale, created.key))
      : see(newRequestHref(locale, { draft: created.key, step: 'details' }))
    if (cookie && cookie !== formCookie) {
      const secure = url.startsWith('https:') ? '; Secure' : ''
      response.headers.append(
        'Set-Cookie',
        `${formCookieName}=${cookie}; Path=/api${options.endpointPath}; Max-Age=86400; HttpOnly; SameSite=Strict${secure}`,
      )
    }
    return response
  },
})
