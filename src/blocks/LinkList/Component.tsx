import Link from 'next/link'

import type { LinkListBlock as LinkListBlockProps } from '@/payload-types'

/** A titled list of links; site paths go through Next's Link, other schemes stay plain anchors. */
export const LinkListBlock = ({ title, links }: Pick<LinkListBlockProps, 'title' | 'links'>) => (
  <section className="link-list">
    {title ? <h2>{title}</h2> : null}
    <ul>
      {links.map((link, index) => (
        <li key={link.id ?? index}>
          {link.url.startsWith('/') ? (
            <Link href={link.url}>{link.label}</Link>
          ) : (
            <a href={link.url}>{link.label}</a>
          )}
        </li>
      ))}
    </ul>
  </section>
)
