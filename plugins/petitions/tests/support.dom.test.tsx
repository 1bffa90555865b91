import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { FilingView } from '../frontend/FilingView'
import type { FilingContext } from '../frontend/loadFiling'
import type { SupportContext } from '../frontend/loadSupport'
import { SupportView } from '../frontend/SupportView'
import { UnsubscribeView } from '../frontend/UnsubscribeView'

/** Renders a server component with plain-data props and reads the result through jsdom's DOM. */
const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}
const text = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim()

const sectors = [{ id: 4, name: 'Nord' }]

const context: SupportContext = {
  petition: {
    id: 7,
    slug: 'parc-chiens',
    title: 'Un parc à chiens',
    text: 'Les chiens n’ont aucun endroit où courir.',
    request: 'Aménager un parc à chiens.',
    language: 'fr',
    status: 'supporting',
    area: { kind: 'sector', sectorId: 4 },
    rules: null,
    promoters: [{ publicName: 'Marie Gagnon', role: 'filer' }],
    supports: 12,
    quorum: 25,
  },
  eligibility: 'eligible',
  hasSupported: false,
  csrf: 'jeton-csrf',
  token: 'lien-secret-de-partage-123',
}

describe('petitions: the support page, the filer’s share block and the unsubscribe page', () => {
  it('should show the draft, its supports against the quorum and the support form carrying the link’s token', () => {
    const root = render(
      <SupportView
        locale="fr"
        context={context}
        sectors={sectors}
        query={{}}
        signInHref="/fr/mon-dossier/connexion"
      />,
    )
    expect(text(root, 'h1')).toBe('Un parc à chiens')
    expect(root.querySelector('h1')!.getAttribute('lang')).toBe('fr')
    expect(text(root, '#appui-compte')).toBe('12 appui(s) sur 25')
    expect(root.querySelector('progress')!.getAttribute('aria-labelledby')).toBe('appui-compte')
    const form = root.querySelector('form[action="/api/petitions/7/support"]')!
    expect((form.querySelector('input[name="token"]') as HTMLInputElement).value).toBe(
      'lien-secret-de-partage-123',
    )
    expect(form.querySelector('input[name="ageDeclared"]')!.hasAttribute('required')).toBe(true)
    expect(text(form, 'label[for="appui-age"]')).toContain('15 ans ou plus')
  })

  it('should say why one cannot support, with the sign-in link, and confirm a support', () => {
    const signedOut = render(
      <SupportView
        locale="en"
        context={{ ...context, eligibility: 'signInRequired' }}
        sectors={sectors}
        query={{ error: 'outsideArea' }}
        signInHref="/en/my-account/sign-in"
      />,
    )
    expect(signedOut.querySelector('form')).toBeNull()
    expect(text(signedOut, '[role="alert"]')).toContain('does not lie in the area')
    expect(signedOut.querySelector('a[href="/en/my-account/sign-in"]')!.textContent).toBe(
      'Sign in to support',
    )
    const done = render(
      <SupportView
        locale="fr"
        context={{ ...context, hasSupported: true }}
        sectors={sectors}
        query={{ status: 'supported' }}
        signInHref="/fr/mon-dossier/connexion"
      />,
    )
    expect(text(done, '[role="status"]')).toBe('Merci : votre appui est enregistré.')
    expect(done.querySelector('form')).toBeNull()
  })

  it('should show the filer the share link and “n of 25 supports” while the draft gathers them', () => {
    const filing: FilingContext = {
      eligibility: 'eligible',
      csrf: 'c',
      types: [],
      sectorId: 4,
      draft: {
        id: 7,
        title: 'Un parc à chiens',
        request: 'Aménager un parc.',
        status: 'supporting',
        similar: [],
        support: {
          shareUrl: 'https://ville.example/en/petitions/parc-chiens?appui=abc',
          count: 3,
          quorum: 25,
        },
      },
    }
    const root = render(
      <FilingView
        locale="en"
        context={filing}
        sectors={sectors}
        query={{}}
        signInHref="/en/my-account/sign-in"
      />,
    )
    expect(text(root, '#depot-appuis-compte')).toBe('3 of 25 supports')
    expect((root.querySelector('#depot-lien-appui') as HTMLInputElement).value).toBe(
      'https://ville.example/en/petitions/parc-chiens?appui=abc',
    )
    expect(text(root, 'label[for="depot-lien-appui"]')).toBe('Support link to share')
  })

  it('should show the unsubscribe button for a valid link only, and never a form after it', () => {
    const link = { signatureId: 5, petitionTitle: 'Une piscine', language: 'fr' as const }
    const page = render(
      <UnsubscribeView
        locale="fr"
        context={{ ...link, isSubscribed: true }}
        query={{ signature: '5', s: 'mac' }}
      />,
    )
    const form = page.querySelector('form[action="/api/petitions/unsubscribe"]')!
    expect(form.getAttribute('method')).toBe('post')
    expect((form.querySelector('input[name="s"]') as HTMLInputElement).value).toBe('mac')
    expect(text(form, 'button')).toBe('Me désabonner')
    const forged = render(<UnsubscribeView locale="en" context={null} query={{ signature: '5' }} />)
    expect(forged.querySelector('form')).toBeNull()
    expect(text(forged, '[role="alert"]')).toContain('not valid')
    const done = render(
      <UnsubscribeView locale="fr" context={null} query={{ status: 'unsubscribed' }} />,
    )
    expect(text(done, '[role="status"]')).toContain('C’est fait')
  })
})
