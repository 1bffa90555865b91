import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ConfirmView } from '../frontend/ConfirmView'
import type { PetitionDetail, SigningContext } from '../frontend/load'
import type { ConfirmationContext } from '../frontend/loadConfirm'
import { PetitionView } from '../frontend/PetitionView'

const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}

const day = 24 * 60 * 60 * 1000
const now = new Date('2026-12-07T12:00:00Z')

const petition: PetitionDetail = {
  id: 3,
  slug: 'bibliotheque',
  title: 'Ouvrir la bibliothèque le dimanche',
  status: 'signing',
  area: { kind: 'city' },
  opensAt: new Date(now.getTime() - 5 * day).toISOString(),
  closesAt: new Date(now.getTime() + 12 * day).toISOString(),
  closedAt: null,
  count: 12,
  thresholds: [{ signatures: 200, triggers: 'written-response', isReached: false }],
  thresholdReached: false,
  inadmissibleReason: null,
  outcomeUrl: null,
  text: 'Texte.',
  request: 'Demande.',
  language: 'fr',
  typeName: 'Pétition citoyenne',
  minimumAge: 15,
  promoters: [],
  submittedAt: null,
  decidedAt: null,
  consultationAt: null,
  inadmissibleExplanation: null,
  outcomeSummary: null,
  reached: [],
  rules: null,
}

const visitorContext = (visitor: SigningContext['visitor']): SigningContext => ({
  eligibility: 'signInRequired',
  csrf: 'jeton-anonyme',
  citizenName: null,
  household: [],
  signed: { self: false, members: [] },
  visitor,
})

const typed = { fullName: '', email: '', address: '', wantsOutcome: false }

describe('petitions: the visitor’s form and the confirmation page', () => {
  it('should offer a visitor the email form with labelled fields when the rules allow it, and a choice among several addresses', () => {
    const root = render(
      <PetitionView
        locale="fr"
        petition={petition}
        sectors={[]}
        context={visitorContext({
          eligibility: 'eligible',
          typed: { ...typed, fullName: 'Marie Roy', address: '5 test' },
          choices: [
            { id: 8, label: '5, rue Test J0A 1B0' },
            { id: 9, label: '5, avenue du Test J0A 1B0' },
          ],
        })}
        query={{ error: 'addressAmbiguous' }}
        signInHref="/fr/mon-dossier/connexion"
        now={now}
      />,
    )
    const form = root.querySelector<HTMLFormElement>(
      'form[action="/api/petitions/3/sign-by-email"]',
    )!
    expect(form.method).toBe('post')
    for (const name of ['fullName', 'address', 'email', 'ageDeclared', 'wantsOutcome']) {
      const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!
      expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy()
    }
    expect(form.querySelector<HTMLInputElement>('[name="fullName"]')!.value).toBe('Marie Roy')
    expect(form.querySelector<HTMLInputElement>('[name="email"]')!.type).toBe('email')
    expect(form.querySelector<HTMLInputElement>('[name="csrf"]')!.value).toBe('jeton-anonyme')
    expect(
      [...form.querySelectorAll<HTMLInputElement>('[name="addressId"]')].map((i) => i.value),
    ).toEqual(['8', '9'])
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'Plusieurs adresses correspondent',
    )
    expect(root.querySelector('a[href="/fr/mon-dossier/connexion"]')).not.toBeNull()
    // No "you cannot sign" message beside the form.
    expect(root.textContent).not.toContain('Vous ne pouvez pas signer')
  })

  it('should say why a visitor cannot sign when the rules ask for an account, and thank them once the email is sent', () => {
    const refused = render(
      <PetitionView
        locale="en"
        petition={petition}
        sectors={[]}
        context={visitorContext({ eligibility: 'visitorsNotAllowed', typed, choices: [] })}
        query={{ status: 'emailSent' }}
        signInHref="/en/login"
        now={now}
      />,
    )
    expect(refused.querySelector('form[action$="sign-by-email"]')).toBeNull()
    expect(refused.textContent).toContain('sign in to your account to sign')
    expect(refused.querySelector('[role="status"]')?.textContent).toContain(
      'Open the link in it within 48 hours',
    )
  })

  it('should show one button that posts the token on the confirmation page, and say when a link expired or was used', () => {
    const context: ConfirmationContext = {
      state: 'pending',
      token: 'T'.repeat(43),
      name: 'Marie Roy',
      petition: { id: 3, title: petition.title, slug: petition.slug },
      csrf: 'c',
    }
    const root = render(<ConfirmView locale="fr" context={context} query={{}} />)
    const form = root.querySelector<HTMLFormElement>('form')!
    expect(form.method).toBe('post')
    expect(form.getAttribute('action')).toBe('/api/petitions/confirm-signature')
    expect(form.querySelector<HTMLInputElement>('[name="t"]')!.value).toBe('T'.repeat(43))
    expect(form.querySelector('button')!.textContent).toBe('Confirmer ma signature')
    expect(root.textContent).toContain('Marie Roy, appuyez sur le bouton')
    const expired = render(
      <ConfirmView locale="en" context={{ ...context, state: 'expired', name: null }} query={{}} />,
    )
    expect(expired.querySelector('form')).toBeNull()
    expect(expired.textContent).toContain('This link has expired')
    expect(expired.querySelector('a[href="/en/petitions/bibliotheque"]')).not.toBeNull()
    const used = render(
      <ConfirmView locale="fr" context={{ ...context, state: 'confirmed' }} query={{}} />,
    )
    expect(used.querySelector('form')).toBeNull()
    expect(used.textContent).toContain('déjà confirmée')
    const refused = render(
      <ConfirmView
        locale="fr"
        context={{ ...context, state: 'unknown', petition: null, token: null }}
        query={{ error: 'invalidLink' }}
      />,
    )
    expect(refused.querySelector('[role="alert"]')?.textContent).toContain('n’est pas valide')
    expect(refused.querySelector('a[href="/fr/petitions"]')).not.toBeNull()
  })
})
