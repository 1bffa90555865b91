import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { AccountLayout } from '../frontend/account/AccountLayout'
import { DashboardPage } from '../frontend/account/DashboardPage'
import type { FormContext } from '../frontend/account/load'
import { PreferencesPage } from '../frontend/account/PreferencesPage'
import { ProfilePage } from '../frontend/account/ProfilePage'
import { SignInPage } from '../frontend/account/SignInPage'
import { SignUpPage } from '../frontend/account/SignUpPage'
import { VerifyPage } from '../frontend/account/VerifyPage'

/** Renders a server component with plain-data props and reads the result through jsdom's DOM. */
const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}

const fr: FormContext = { locale: 'fr', csrf: 'csrf-token', endpointBase: '/api/citizen-account' }
const en: FormContext = { ...fr, locale: 'en' }

/** The text of the label tied to a field, by the field's id. */
const labelOf = (body: HTMLElement, id: string) =>
  body.querySelector(`label[for="${id}"]`)?.textContent?.trim()

const hidden = (form: HTMLFormElement) =>
  Object.fromEntries(
    [...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((i) => [
      i.name,
      i.value,
    ]),
  )

const links = (body: HTMLElement) =>
  [...body.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')])

describe('citizen accounts: the pages, drawn from plain data', () => {
  it('should give the sign-in form its fields, its way back and the other pages’ links', () => {
    const body = render(
      <SignInPage form={fr} returnTo="/fr/requetes/nouvelle?brouillon=abc" email="a@b.test" />,
    )
    const form = body.querySelector('form')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toBe('/api/citizen-account/login')
    expect(hidden(form)).toEqual({
      csrf: 'csrf-token',
      locale: 'fr',
      returnTo: '/fr/requetes/nouvelle?brouillon=abc',
    })
    expect(labelOf(body, 'email')).toBe('Adresse courriel')
    expect(body.querySelector<HTMLInputElement>('#email')!.defaultValue).toBe('a@b.test')
    expect(labelOf(body, 'password')).toBe('Mot de passe')
    expect(body.querySelector('#password')!.getAttribute('autocomplete')).toBe('current-password')
    expect(links(body)).toEqual([
      ['Mot de passe oublié ?', '/fr/mon-dossier/mot-de-passe-oublie'],
      ['Pas encore de dossier ? Créez-en un.', '/fr/mon-dossier/inscription'],
      [
        'Recevoir les alertes d’un secteur sans créer de dossier',
        '/fr/mon-dossier/alertes-secteur',
      ],
    ])
  })

  it('should send no way back and leave the email empty when there is none', () => {
    const body = render(<SignInPage form={en} returnTo={null} email="" />)
    const form = body.querySelector('form')!
    expect(hidden(form)).toEqual({ csrf: 'csrf-token', locale: 'en' })
    expect(body.querySelector<HTMLInputElement>('#email')!.defaultValue).toBe('')
    expect(links(body)[0]).toEqual(['Forgot your password?', '/en/my-account/forgot-password'])
  })

  it('should link the terms and the privacy policy in the sign-up form, and show no form once registered', () => {
    let body = render(
      <SignUpPage
        form={fr}
        isRegistered={false}
        termsVersion="2026-01"
        termsHref="/fr/mon-dossier/conditions"
        privacyHref="/fr/confidentialite"
      />,
    )
    expect(body.querySelector('form')!.getAttribute('action')).toBe('/api/citizen-account/register')
    const consent = body.querySelector('label[for="consent"]')!
    expect(consent.textContent).toContain('(version 2026-01)')
    expect(consent.querySelector('a')!.getAttribute('href')).toBe('/fr/mon-dossier/conditions')
    expect(
      body.querySelector('.hint a[href="/fr/confidentialite"]')?.textContent?.trim(),
    ).toBeTruthy()
    expect(body.querySelector('#password')!.getAttribute('minlength')).toBe('10')
    // Without a privacy page, its name stays plain words.
    body = render(
      <SignUpPage
        form={fr}
        isRegistered={false}
        termsVersion="2026-01"
        termsHref="/fr/mon-dossier/conditions"
      />,
    )
    expect(body.querySelectorAll('.hint a')).toHaveLength(0)
    body = render(<SignUpPage form={fr} isRegistered termsVersion="2026-01" termsHref="/x" />)
    expect(body.querySelector('form')).toBeNull()
    expect(links(body)).toEqual([[expect.any(String), '/fr/mon-dossier/connexion']])
  })

  it('should ask for the button of an emailed link only with a token', () => {
    let body = render(<VerifyPage form={fr} token="abc" />)
    const form = body.querySelector('form')!
    expect(form.getAttribute('action')).toBe('/api/citizen-account/verify')
    expect(hidden(form).token).toBe('abc')
    body = render(<VerifyPage form={fr} token="" />)
    expect(body.querySelector('form')).toBeNull()
    expect(links(body)).toEqual([[expect.any(String), '/fr/mon-dossier/connexion']])
  })

  it('should search addresses with the English key and offer the matches', () => {
    const summary = {
      name: 'Alice',
      phone: null,
      preferredLanguage: 'fr' as const,
      addressLabel: '61 rue des Érables',
    }
    const body = render(
      <ProfilePage
        form={fr}
        summary={summary}
        sectorName="Plateau"
        query="61 rue"
        choices={[
          { id: 7, label: '61 rue des Érables', postalCode: 'J0A 1B0' },
          { id: 8, label: '61 rue des Pins' },
        ]}
      />,
    )
    expect(body.textContent).toContain('Adresse actuelle : 61 rue des Érables')
    expect(body.textContent).toContain('Plateau')
    const search = body.querySelector<HTMLFormElement>('form[role="search"]')!
    expect(search.getAttribute('method')).toBe('get')
    expect(search.getAttribute('action')).toBe('/fr/mon-dossier/profil')
    const field = search.querySelector<HTMLInputElement>('input[type="text"]')!
    expect(field.name).toBe('address')
    expect(field.defaultValue).toBe('61 rue')
    expect(labelOf(body, field.id)).toBe('Adresse civique')
    const radios = [...body.querySelectorAll<HTMLInputElement>('input[name="addressId"]')]
    expect(radios.map((r) => [r.value, r.defaultChecked, labelOf(body, r.id)])).toEqual([
      ['7', true, '61 rue des Érables (J0A 1B0)'],
      ['8', false, '61 rue des Pins'],
    ])
    expect(radios[0].closest('form')!.getAttribute('action')).toBe('/api/citizen-account/address')
    // A search without a match says so.
    const none = render(
      <ProfilePage form={fr} summary={summary} sectorName={null} query="9999" choices={[]} />,
    )
    expect(none.querySelector('[role="status"]')?.textContent).toBe(
      'Aucune adresse ne correspond. Vérifiez le numéro et le nom de la rue.',
    )
    expect(none.querySelector('input[name="addressId"]')).toBeNull()
  })

  it('should tell a new resident that no alert is on, and show the sections it was given', () => {
    const body = render(
      <DashboardPage
        locale="fr"
        summary={{ name: 'Alice', addressLabel: null }}
        sectorName={null}
        isAnyAlertOn={false}
        sections={[
          { key: 'requests', node: <p>Mes requêtes</p> },
          { key: 'empty', node: null },
        ]}
      />,
    )
    expect(body.querySelector('.lead')?.textContent).toBe('Bonjour Alice')
    expect(links(body)).toEqual([
      ['Choisir mes alertes', '/fr/mon-dossier/alertes'],
      [expect.any(String), '/fr/mon-dossier/profil'],
    ])
    expect(body.textContent).toContain('Mes requêtes')
    const on = render(
      <DashboardPage
        locale="fr"
        summary={{ name: 'Alice', addressLabel: '61 rue des Érables' }}
        sectorName="Plateau"
        isAnyAlertOn
        sections={[]}
      />,
    )
    expect(on.querySelector('a[href="/fr/mon-dossier/alertes"]')).toBeNull()
    expect(on.textContent).toContain('Adresse actuelle : 61 rue des Érables')
  })

  it('should check what the resident chose among topics and channels', () => {
    const body = render(
      <PreferencesPage
        form={fr}
        topics={['boil-water']}
        newsTopics={[]}
        channels={['email']}
        noticeTopics={[{ value: 'boil-water', label: 'Avis d’ébullition' }]}
        hasCollectionReminders
        newsTopicChoices={[]}
      />,
    )
    const topics = [...body.querySelectorAll<HTMLInputElement>('input[name="topics"]')]
    expect(topics.map((i) => [i.value, i.defaultChecked, labelOf(body, i.id)])).toEqual([
      ['all', false, 'Tous les avis'],
      ['boil-water', true, 'Avis d’ébullition'],
      ['collection-reminders', false, 'Rappel de collecte la veille, à 18 h'],
    ])
    const channels = [...body.querySelectorAll<HTMLInputElement>('input[name="channels"]')]
    expect(channels.map((i) => [i.value, i.defaultChecked])).toEqual([
      ['email', true],
      ['sms', false],
    ])
    // No news categories offered: no fieldset for them; something is on: no "nothing yet".
    expect(body.querySelector('input[name="newsTopics"]')).toBeNull()
    expect(body.querySelector('p.account-message')).toBeNull()
  })

  it('should draw the title, the navigation once signed in and the answer of a form', () => {
    let body = render(
      <AccountLayout page="profile" form={fr} isSignedIn status="saved" error="not-a-message-key">
        <p>contenu</p>
      </AccountLayout>,
    )
    expect(body.querySelector('h1')?.textContent).toBe('Mon profil')
    const nav = body.querySelector('nav')!
    expect(nav.getAttribute('aria-label')).toBe('Menu de mon dossier')
    expect(nav.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe(
      '/fr/mon-dossier/profil',
    )
    const logout = nav.querySelector('form')!
    expect(logout.getAttribute('action')).toBe('/api/citizen-account/logout')
    expect(hidden(logout)).toEqual({ csrf: 'csrf-token', locale: 'fr' })
    expect(body.querySelector('[role="status"]')).not.toBeNull()
    // An unknown key in the address shows nothing.
    expect(body.querySelector('[role="alert"]')).toBeNull()
    expect(body.textContent).toContain('contenu')
    body = render(
      <AccountLayout page="login" form={fr} isSignedIn={false} status="" error="loginRequired">
        <p />
      </AccountLayout>,
    )
    expect(body.querySelector('nav')).toBeNull()
    // Said to a signed-out visitor: a notice, not drawn as an error.
    const notice = body.querySelector('[role="alert"]')!
    expect(notice.textContent).toBe('Ouvrez une session pour voir cette page.')
    expect(notice.className).toBe('account-message')
    body = render(
      <AccountLayout page="login" form={fr} isSignedIn={false} status="" error="invalidCredentials">
        <p />
      </AccountLayout>,
    )
    expect(body.querySelector('[role="alert"]')!.className).toContain('account-message-error')
  })
})
