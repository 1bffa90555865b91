import type { ResultRow } from '../lib/results'

const rowHeight = 52
const width = 600

/**
 * A horizontal bar chart drawn on the server as SVG (no JavaScript): each option's label above its
 * bar, the percentage and count after it. The image has a text alternative; the figures are also in
 * the data table that follows it.
 */
export const BarChart = ({
  id,
  title,
  rows,
  format,
}: {
  id: string
  title: string
  rows: ResultRow[]
  format: (row: ResultRow) => string
}) => {
  const height = rows.length * rowHeight + 8
  const max = Math.max(100, ...rows.map((r) => r.percent))
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      focusable="false"
    >
      <title id={`${id}-title`}>{title}</title>
      {rows.map((row, i) => {
        const y = i * rowHeight
        const barWidth = Math.max(
          row.percent > 0 ? 2 : 0,
          Math.round((row.percent / max) * (width - 150)),
        )
        return (
          <g key={row.id}>
            <text x={0} y={y + 18} fontSize={16} fill="#1a1a1a">
              {row.label.length > 70 ? `${row.label.slice(0, 68)}…` : row.label}
            </text>
            <rect x={0} y={y + 26} width={width - 150} height={18} fill="#e4e9ee" rx={3} />
            <rect x={0} y={y + 26} width={barWidth} height={18} fill="#0b3d6b" rx={3} />
            <text x={width - 140} y={y + 41} fontSize={15} fill="#1a1a1a">
              {format(row)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
