import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { DetailsStep } from '../frontend/newRequest/steps/DetailsStep'
import { LocationStep } from '../frontend/newRequest/steps/LocationStep'
import { PhotosStep } from '../frontend/newRequest/steps/PhotosStep'
import { QuestionsStep } from '../frontend/newRequest/steps/QuestionsStep'
import { ReviewStep } from '../frontend/newRequest/steps/ReviewStep'
import { TypeStep } from '../frontend/newRequest/steps/TypeStep'
import type { StepFrame } from '../frontend/newRequest/types'

/** Renders a server component with plain-data props and reads the result through jsdom's DOM. */
const render = (element: React.ReactElement) => {
  document.body.innerHTML = renderToStaticMarkup(element)
  return document.body
}

const frame = (step: StepFrame['step'], locale: StepFrame['locale'] = 'fr'): StepFrame => ({
  locale,
  action: '/api/service-requests-form/step',
  csrf: 'token',
  step,
  draftKey: 'draft-key',
})

const hidden = (form: Element) =>
  Object.fromEntries(
    [...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((i) => [
      i.name,
      i.value,
    ]),
  )

describe('the request form steps, from plain props', () => {
  it('should list the types by group, check the draft’s type and say which need an account', () => {
    const body = render(
      <TypeStep
        frame={frame('type')}
        types={[
          { id: 1, code: 'pothole', name: 'Nid-de-poule', group: 'Voirie', allowAnonymous: true },
          { id: 2, code: 'missed', name: 'Collecte manquée', group: 'Collectes' },
        ]}
        query=""
        isSignedIn={false}
        selectedTypeId={2}
        preselected="pothole"
        signInHref="/fr/connexion?retour=x"
      />,
    )
    expect([...body.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Voirie',
      'Collectes',
    ])
    const post = body.querySelector('form[method="post"]')!
    expect(post.getAttribute('action')).toBe('/api/service-requests-form/step')
    expect(hidden(post)).toEqual({ csrf: 'token', locale: 'fr', step: 'type', draft: 'draft-key' })
    // With a draft, its type is checked rather than the address's.
    expect(body.querySelector<HTMLInputElement>('#type-2')!.defaultChecked).toBe(true)
    expect(body.querySelector<HTMLInputElement>('#type-1')!.defaultChecked).toBe(false)
    expect(body.querySelector('#type-2-aide strong')).not.toBeNull()
    expect(body.querySelector('#type-1-aide')).toBeNull()
    expect(body.querySelector('a[href="/fr/connexion?retour=x"]')).not.toBeNull()
    expect(hidden(body.querySelector('form[method="get"]')!)).toEqual({ draft: 'draft-key' })
    // The first step has no "back" button.
    expect(post.querySelectorAll('button[name="go"]')).toHaveLength(1)
  })

  it('should say no type matched the search', () => {
    const body = render(
      <TypeStep
        frame={{ ...frame('type'), draftKey: null }}
        types={[]}
        query="zzz"
        isSignedIn
        selectedTypeId={null}
        preselected=""
      />,
    )
    expect(body.querySelector('[role="status"]')?.textContent).toContain('zzz')
    expect(body.querySelector('form[method="post"]')).toBeNull()
  })

  it('should keep the draft’s description in the details step', () => {
    const body = render(
      <DetailsStep frame={frame('details', 'en')} typeName="Pothole" description="Deep hole" />,
    )
    const textarea = body.querySelector('textarea')!
    expect(textarea.textContent).toBe('Deep hole')
    expect(textarea.required).toBe(true)
    expect([...body.querySelectorAll('button')].map((b) => b.value)).toEqual(['next', 'back'])
  })

  it('should offer the draft’s point first, the addresses, the map and “use my location”', () => {
    const body = render(
      <LocationStep
        frame={frame('location')}
        query="rue"
        matchCount={1}
        addresses={[{ id: 7, label: '61, rue des Érables', postalCode: 'J0K 1A0' }]}
        currentId={null}
        point={{ lat: 46.123456, lng: -73.5 }}
        pointSector="Les Berges"
        nearLabel="61, rue des Érables"
        isPointJustSaved
        isRequired={false}
        hasMap
        mapSrc="/api/service-requests-form/map.svg?locale=fr"
      />,
    )
    expect(body.querySelector('[role="status"].request-message')?.textContent).toContain(
      'Les Berges',
    )
    const radios = [...body.querySelectorAll<HTMLInputElement>('input[name="addressId"]')]
    expect(radios.map((r) => r.value)).toEqual(['point', '7', 'none'])
    expect(radios.map((r) => r.defaultChecked)).toEqual([true, false, false])
    expect(body.querySelector('label[for="lieu-choisi"]')?.textContent).toContain('46.12346')
    expect(body.querySelector('input[type="image"]')?.getAttribute('src')).toBe(
      '/api/service-requests-form/map.svg?locale=fr',
    )
    expect(body.querySelector<HTMLFormElement>('#ma-position')!.hidden).toBe(true)
    expect(body.querySelectorAll('script')).toHaveLength(2)
    // The address search is a GET to the form page: its address carries the English keys.
    const search = body.querySelector('form[method="get"]')!
    expect(hidden(search)).toEqual({ draft: 'draft-key', step: 'location' })
    expect(search.querySelector<HTMLInputElement>('#adresse')!.name).toBe('address')
  })

  it('should show the photos with their remove buttons and hide the upload at the maximum', () => {
    const body = render(
      <PhotosStep
        frame={frame('photos')}
        photos={[
          { id: 3, src: '/p/3' },
          { id: 4, src: '/p/4' },
        ]}
        photoAction="/api/service-requests-form/photos?locale=fr"
        maxPhotos={2}
        isRequired
      />,
    )
    expect([...body.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      '/p/3',
      '/p/4',
    ])
    expect(
      [...body.querySelectorAll('button[name="remove"]')].map((b) => b.getAttribute('value')),
    ).toEqual(['3', '4'])
    expect(body.querySelector('input[type="file"]')).toBeNull()
  })

  it('should render each question by its type, with the draft’s answers', () => {
    const body = render(
      <QuestionsStep
        frame={frame('questions')}
        questions={[
          { code: 'depth', label: 'Profondeur', type: 'number', required: true },
          {
            code: 'lane',
            label: 'Voie',
            type: 'singlevaluelist',
            choices: [
              { value: 'left', label: 'Gauche' },
              { value: 'right', label: 'Droite' },
            ],
          },
        ]}
        answers={{ depth: '12', lane: 'right' }}
      />,
    )
    const depth = body.querySelector<HTMLInputElement>('#q-depth')!
    expect(depth.type).toBe('number')
    expect(depth.defaultValue).toBe('12')
    expect(body.querySelector('label[for="q-depth"]')?.textContent).toBe('Profondeur (obligatoire)')
    expect(body.querySelector<HTMLInputElement>('#q-lane-right')!.defaultChecked).toBe(true)
  })

  it('should summarize the draft with its edit links, the nearby requests and the contact fields', () => {
    const body = render(
      <ReviewStep
        frame={frame('review')}
        typeName="Nid-de-poule"
        description="Trou profond"
        addressLabel={null}
        point={{ lat: 46.1, lng: -73.5 }}
        pointSector="Les Berges"
        nearLabel="61, rue des Érables"
        takesPhotos
        photos={[]}
        questions={[]}
        answers={{}}
        nearby={[
          {
            id: 9,
            trackingNumber: '2026-000009',
            typeName: 'Nid-de-poule',
            status: 'submitted',
            createdAt: '2026-03-02T12:00:00.000Z',
            street: 'rue des Érables',
            nearStreet: null,
            sectorName: 'Les Berges',
            point: null,
            followers: 2,
            isFollowed: false,
          } as never,
        ]}
        meTooAction="/api/service-requests-form/me-too"
        citizenEmail={null}
        canSendAnonymously
      />,
    )
    expect([...body.querySelectorAll('dd a')].map((a) => a.getAttribute('href'))).toEqual([
      '/fr/requetes/nouvelle?draft=draft-key&step=type',
      '/fr/requetes/nouvelle?draft=draft-key&step=details',
      '/fr/requetes/nouvelle?draft=draft-key&step=location',
      '/fr/requetes/nouvelle?draft=draft-key&step=photos',
    ])
    expect(body.querySelector('dl')?.textContent).toContain('Les Berges')
    expect(body.querySelector('#deja-signale')).not.toBeNull()
    const meToo = body.querySelector('form.request-me-too')!
    expect(meToo.getAttribute('action')).toBe('/api/service-requests-form/me-too')
    expect(hidden(meToo).number).toBe('2026-000009')
    expect(body.querySelector('#email')).not.toBeNull()
    expect(body.querySelector('button[value="next"]')?.textContent).toBeTruthy()
  })

  it('should tell an anonymous resident a type needs an account, and greet a citizen by email', () => {
    const props = {
      frame: frame('review', 'en'),
      typeName: 'Missed collection',
      description: 'x',
      addressLabel: '61 Maple St',
      point: null,
      pointSector: null,
      nearLabel: null,
      takesPhotos: false,
      photos: [],
      questions: [],
      answers: {},
      nearby: [],
      meTooAction: '/m',
    }
    const anonymous = render(
      <ReviewStep {...props} citizenEmail={null} canSendAnonymously={false} signInHref="/in" />,
    )
    expect(anonymous.querySelector('p[role="alert"] a')?.getAttribute('href')).toBe('/in')
    expect(anonymous.querySelector('#email')).toBeNull()
    const citizen = render(
      <ReviewStep {...props} citizenEmail="ana@example.org" canSendAnonymously={false} />,
    )
    expect(citizen.textContent).toContain('ana@example.org')
    expect(citizen.querySelector('p[role="alert"]')).toBeNull()
  })
})
