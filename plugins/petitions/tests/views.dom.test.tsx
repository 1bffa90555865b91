import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { FilingView } from '../frontend/FilingView'
import type { PetitionDetail, SigningContext } from '../frontend/load'
import type { FilingContext } from '../frontend/loadFiling'
import { PetitionList } from '../frontend/PetitionList'
import { PetitionView } from '../frontend/PetitionView'

/** Renders a server component with plain-data props and reads the result through jsdom's DOM. */
const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim())

const day = 24 * 60 * 60 * 1000
const now = new Date('2026-12-07T12:00:00Z')
const sectors = [{ id: 4, name: 'Nord' }]

const petition: PetitionDetail = {
  id: 3,
  slug: 'pistes-cyclables',
  title: 'Des pistes cyclables rue Principale',
  status: 'signing',
  area: { kind: 'sector', sectorId: 4 },
  opensAt: new Date(now.getTime() - 5 * day).toISOString(),
  closesAt: new Date(now.getTime() + 12 * day - 3600_000).toISOString(),
  closedAt: null,
  count: 120,
  thresholds: [{ signatures: 300, triggers: 'public-consultation', isReached: false }],
  thresholdReached: false,
  inadmissibleReason: null,
  outcomeUrl: null,
  text: 'La rue Principale est dangereuse.',
  request: 'Aménager des pistes protégées.',
  language: 'fr',
  typeName: 'Droit d’initiative',
  minimumAge: 15,
  promoters: [{ publicName: 'Marie Gagnon', role: 'filer' }],
  submittedAt: new Date(now.getTime() - 30 * day).toISOString(),
  decidedAt: new Date(now.getTime() - 20 * day).toISOString(),
  consultationAt: null,
  inadmissibleExplanation: null,
  outcomeSummary: null,
  reached: [],
  rules: null,
}

const context: SigningContext = {
  eligibility: 'eligible',
  csrf: 'token-123',
  citizenName: 'Julie Roy',
  household: ['Léa', 'Noé'],
  signed: { self: false, members: ['lea'] },
}

describe('petitions: pages drawn from plain data', () => {
  it('should list open petitions with count, goal, days left and area, and closed ones with their outcome', () => {
    const closed = {
      ...petition,
      id: 4,
      slug: 'parc',
      title: 'Un parc',
      status: 'closed' as const,
      thresholdReached: true,
      outcomeUrl: '/fr/rapport',
    }
    const root = render(
      <PetitionList
        locale="fr"
        petitions={[petition, closed]}
        sectors={sectors}
        filters={{ status: 'all', area: 4 }}
        now={now}
      />,
    )
    expect(texts(root, 'h2')).toEqual(['Pétitions ouvertes à la signature', 'Pétitions fermées'])
    const open = root.querySelector('li')!
    expect(open.textContent).toContain('Secteur Nord')
    expect(open.textContent).toContain('12 jours restants')
    expect(open.textContent).toContain('déclencher une consultation publique')
    const progress = open.querySelector('progress')!
    expect(progress.getAttribute('max')).toBe('300')
    expect(progress.getAttribute('value')).toBe('120')
    // Named by the sentence shown beside it.
    expect(root.querySelector(`#${progress.getAttribute('aria-labelledby')}`)!.textContent).toMatch(
      /^120 signatures sur 300 \(40 %\)$/,
    )
    expect(root.querySelectorAll('li')[1]!.textContent).toContain('Seuil atteint')
    // The filters: a GET form, the current area selected.
    const form = root.querySelector('form')!
    expect(form.getAttribute('method')).toBe('get')
    expect(form.getAttribute('action')).toBe('/fr/petitions')
    expect((root.querySelector('#petitions-area') as HTMLSelectElement).value).toBe('4')
  })

  it('should show the sign form to an eligible resident, without the members who signed', () => {
    const root = render(
      <PetitionView
        locale="fr"
        petition={petition}
        sectors={sectors}
        context={context}
        query={{ status: 'signed' }}
        signInHref="/fr/mon-dossier/connexion"
        now={now}
      />,
    )
    const form = root.querySelector('form[action="/api/petitions/3/sign"]')!
    expect(form.querySelector('input[name=csrf]')!.getAttribute('value')).toBe('token-123')
    expect(texts(form, 'label')).toEqual([
      'Moi-même (Julie Roy)',
      'Noé, membre de mon ménage',
      'Je déclare que la personne qui signe a 15 ans ou plus et habite à l’adresse de mon dossier.',
      'Recevoir le résultat par courriel (réponse, date de consultation, rapport).',
    ])
    expect(form.querySelector('input[name=ageDeclared]')!.hasAttribute('required')).toBe(true)
    // Léa signed: she may withdraw.
    expect(texts(root, 'form[action="/api/petitions/3/withdraw"] button')).toEqual([
      'Retirer la signature de Léa',
    ])
    expect(root.querySelector('[role=status]')!.textContent).toBe(
      'Merci : votre signature est enregistrée.',
    )
    expect(
      texts(root, '#petition-promoteurs ~ ul li, section[aria-labelledby=petition-promoteurs] li'),
    ).toContain('Marie Gagnon (dépose la pétition)')
    expect(root.querySelector('h1')!.getAttribute('lang')).toBe('fr')
  })

  it('should say why one cannot sign, with the sign-in link, in English', () => {
    const root = render(
      <PetitionView
        locale="en"
        petition={petition}
        sectors={sectors}
        context={{ ...context, eligibility: 'signInRequired', household: [], citizenName: null }}
        query={{ error: 'nonsense' }}
        signInHref="/en/my-account/sign-in"
        now={now}
      />,
    )
    expect(root.querySelector('form[action$="/sign"]')).toBeNull()
    expect(root.querySelector('[role=alert]')).toBeNull()
    expect(root.textContent).toContain(
      'You cannot sign this petition: sign in to your account to sign.',
    )
    expect(root.querySelector('a[href="/en/my-account/sign-in"]')!.textContent).toBe(
      'Sign in to sign',
    )
  })
})

describe('petitions: the filing page drawn from plain data', () => {
  const filing: FilingContext = {
    eligibility: 'eligible',
    csrf: 'token-456',
    types: [
      { id: 1, name: 'Droit d’initiative', contacts: 3, minimumAge: 15, areaRule: 'cityOrSector' },
    ],
    sectorId: 4,
    draft: null,
  }

  it('should show the form with the type’s contacts, the resident’s own sector, and what was typed after an error', () => {
    const typed = Buffer.from(
      new URLSearchParams({ title: 'Des pistes', area: '4' }).toString(),
    ).toString('base64url')
    const root = render(
      <FilingView
        locale="fr"
        context={filing}
        sectors={[...sectors, { id: 5, name: 'Sud' }]}
        query={{ error: 'invalid', fields: 'contacts,bogus', typed }}
        signInHref="/fr/mon-dossier/connexion"
      />,
    )
    const form = root.querySelector('form[action="/api/petitions/file"]')!
    expect(form.querySelector('input[name=csrf]')!.getAttribute('value')).toBe('token-456')
    expect(form.querySelectorAll('input[name$=Name][name^=contact]')).toHaveLength(3)
    expect(texts(form, 'input[name=area] + label')).toEqual(['Toute la ville', 'Secteur Nord'])
    expect((form.querySelector('#depot-area-sector') as HTMLInputElement).checked).toBe(true)
    expect((form.querySelector('#depot-title') as HTMLInputElement).value).toBe('Des pistes')
    expect(texts(root, '.petition-message-error')).toEqual([
      'Le projet n’a pas été enregistréCorrigez les champs indiqués.',
      'Nommez les personnes-ressources que le type demande.',
    ])
  })

  it('should show a saved draft with its similar petitions and the button that submits it', () => {
    const root = render(
      <FilingView
        locale="en"
        context={{
          ...filing,
          draft: {
            id: 9,
            title: 'Bike lanes',
            request: 'Protected lanes',
            status: 'draft',
            similar: [
              { id: 2, slug: 'velo', title: 'Pistes cyclables', status: 'signing', score: 0.6 },
            ],
          },
        }}
        sectors={sectors}
        query={{ status: 'filed' }}
        signInHref="/en/my-account/sign-in"
      />,
    )
    expect(root.querySelector('a[href="/en/petitions/velo"]')!.textContent).toBe('Pistes cyclables')
    expect(
      root.querySelector('form[action="/api/petitions/9/submit-draft"] button')!.textContent,
    ).toBe('Submit the draft to gather its support')
    expect(root.querySelector('form[action="/api/petitions/file"]')).toBeNull()
  })
})
