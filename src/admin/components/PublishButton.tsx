'use client'

import { PublishButton as PayloadPublishButton, useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Payload's publish button, with one correction: its scheduling drawer chooses "Publier" by default
 * only when the document has unpublished versions, and Payload counts those against the published
 * version, so a draft never published counts none and the drawer opened on "Annuler la
 * publication". Every saved version of such a draft is unpublished: the count says so here, which
 * changes nothing else (the status reads "Brouillon" and publishing stays possible either way).
 */
export const PublishButton = () => {
  const { id, hasPublishedDoc, unpublishedVersionCount, setUnpublishedVersionCount, versionCount } =
    useDocumentInfo()
  const isUncountedDraft = Boolean(id) && !hasPublishedDoc && unpublishedVersionCount === 0
  useEffect(() => {
    if (isUncountedDraft) setUnpublishedVersionCount(Math.max(versionCount, 1))
  }, [isUncountedDraft, setUnpublishedVersionCount, versionCount])
  return <PayloadPublishButton />
}
