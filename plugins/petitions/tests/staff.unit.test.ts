import { describe, expect, it } from 'vitest'

import { csvCell } from '../../kit/csv'
import { moderationDeadline } from '../lib/moderation'
import { sectorCountsCsv } from '../lib/sectorCounts'

const day = 24 * 60 * 60 * 1000

describe('petitions: the greffe’s tools, pure parts', () => {
  it('should quote CSV cells and never let a spreadsheet run one as a formula', () => {
    expect(csvCell('Nord')).toBe('Nord')
    expect(csvCell('Saint-Jean, Est')).toBe('"Saint-Jean, Est"')
    expect(csvCell('Le "Vieux"')).toBe('"Le ""Vieux"""')
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(0)).toBe('0')
    expect(csvCell(null)).toBe('')
  })

  it('should write the counts by sector with a total, in the asked language', () => {
    const csv = sectorCountsCsv(
      [
        { sectorId: 1, name: 'Nord, centre', online: 2, paper: 1, total: 3 },
        { sectorId: null, name: null, online: 1, paper: 0, total: 1 },
      ],
      'en',
    )
    expect(csv).toBe(
      '\uFEFFSector,Valid signatures,Online,Paper\r\n"Nord, centre",3,2,1\r\nNo sector,1,1,0\r\nTotal,4,3,1\r\n',
    )
  })

  it('should be overdue strictly after the deadline', () => {
    const now = new Date('2026-12-07T12:00:00Z')
    const at = (ms: number) => new Date(now.getTime() - ms).toISOString()
    expect(moderationDeadline(at(14 * day), 14, now)).toMatchObject({ days: 14, isOverdue: false })
    expect(moderationDeadline(at(14 * day + 1000), 14, now)).toMatchObject({ isOverdue: true })
    expect(moderationDeadline(null, 14, now)).toEqual({ days: 0, dueAt: null, isOverdue: false })
  })
})
