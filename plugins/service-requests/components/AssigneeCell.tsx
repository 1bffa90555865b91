'use client'

import { DefaultCell, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

/** The list's "Agent" column: an unassigned request says so, where Payload would print "<Pas de Agent>". */
export const AssigneeCell = (props: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  if (props.cellData === null || props.cellData === undefined || props.cellData === '') {
    return <span>{i18n.language === 'en' ? 'Unassigned' : 'Non assignée'}</span>
  }
  return <DefaultCell {...props} />
}
