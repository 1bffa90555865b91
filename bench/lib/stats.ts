import fs from 'node:fs'

/** The p-th percentile of sorted figures (nearest rank); NaN when there are none. */
export const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : NaN

/** "p50 … ms   p95 … ms   p99 … ms" of latencies in milliseconds. */
export const summary = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b)
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms   p95 ${percentile(sorted, 95).toFixed(1)} ms   p99 ${percentile(sorted, 99).toFixed(1)} ms`
}

/** CPU time (ms) used so far by the processes of a process group (the web server), from /proc (Linux). */
export const groupCpuMs = (pgid: number | undefined) => {
  if (!pgid || !fs.existsSync('/proc/self/stat')) return NaN
  let ticks = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // The process ended while being read.
    }
  }
  return ticks * 10 // USER_HZ is 100 on Linux
}
