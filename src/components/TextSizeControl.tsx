'use client'

import { useEffect, useState } from 'react'

const sizes = ['normal', 'large', 'xlarge'] as const
type Size = (typeof sizes)[number]
const storageKey = 'taille-texte'

type Props = { labels: { group: string } & Record<Size, string> }

/**
 * Text-size buttons residents asked for; the choice persists on this device. Hidden until the
 * script runs: without JavaScript the browser's own zoom does the job, and a button that does
 * nothing would only confuse.
 */
export const TextSizeControl = ({ labels }: Props) => {
  const [size, setSize] = useState<Size | null>(null)

  useEffect(() => {
    const stored = window.localStorage.getItem(storageKey)
    setSize(sizes.includes(stored as Size) ? (stored as Size) : 'normal')
  }, [])

  if (!size) return null

  const choose = (next: Size) => {
    setSize(next)
    document.documentElement.dataset.textSize = next
    try {
      window.localStorage.setItem(storageKey, next)
    } catch {
      // private browsing: the choice lasts for this page only
    }
  }

  return (
    <div className="text-size" role="group" aria-label={labels.group}>
      {sizes.map((option) => (
        <button key={option} type="button" aria-pressed={size === option} onClick={() => choose(option)} className={`text-size-${option}`}>
          {labels[option]}
        </button>
      ))}
    </div>
  )
}

/** Applies the stored size before the first paint, so the page does not jump. */
export const textSizeScript = `try{var s=localStorage.getItem('${storageKey}');if(s==='large'||s==='xlarge')document.documentElement.dataset.textSize=s}catch(e){}`
