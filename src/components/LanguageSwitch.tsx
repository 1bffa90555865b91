'use client'

import { usePathname } from 'next/navigation'

import { languageSwitchHref } from '@/i18n/routes'

type Props = { target: 'fr' | 'en'; lang: string; label: string; text: string }

/**
 * The link to this page in the other language. It renders on the server like the rest of the page
 * (the public pages ship no JavaScript): the address being read comes from the router, not from a
 * request header, so the header stays cacheable. The target page (/{target}/langue) finds the same
 * document in the other language, or says there is none and offers its list.
 */
export const LanguageSwitch = ({ target, lang, label, text }: Props) => {
  // A cached section index renders at its internal address (`/fr/avis/_q/type=emergency`,
  // src/server/pageQuery.ts): the other language is offered for the section itself.
  const pathname = (usePathname() ?? '/').replace(/\/(?:_q|%5Fq)\/[^/]*$/i, '') || '/'
  return (
    <a
      className="language-switch"
      href={languageSwitchHref(target, pathname)}
      hrefLang={lang}
      lang={lang}
    >
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{label}</span>
    </a>
  )
}
