import { parse } from 'csv-parse/sync'

import type { AddressRow } from './address'

/** One problem in an uploaded file, with the line a clerk can open in a spreadsheet. */
export type CsvProblem = { line: number; fr: string; en: string }

export type ParsedAddressCsv = { rows: AddressRow[]; problems: CsvProblem[] }

/**
 * Column names accepted for each field: the plain layout the issue names (number, suffix, street,
 * postal code, lat, long), its French spelling, and the Adresses Québec open-data names.
 */
const columnAliases: Record<keyof AddressRow, string[]> = {
  number: ['number', 'numero', 'no', 'no_civique', 'nocivq', 'numero_civique', 'civic_number'],
  suffix: ['suffix', 'suffixe', 'sufxnocivq', 'suffixe_numero'],
  street: ['street', 'rue', 'nomrue', 'odo_nom', 'nom_rue', 'street_name', 'adresse_rue'],
  postalCode: ['postal_code', 'postalcode', 'code_postal', 'codepostal', 'cp'],
  lat: ['lat', 'latitude', 'y'],
  lng: ['long', 'lng', 'lon', 'longitude', 'x'],
}

const normalizeHeader = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')

const postalCodePattern = /^([A-Z]\d[A-Z])\s?(\d[A-Z]\d)$/

/** "j0a1b0" → "J0A 1B0"; null when it is not a Canadian postal code. */
export const normalizePostalCode = (value: string): string | null => {
  const match = postalCodePattern.exec(value.trim().toUpperCase())
  return match ? `${match[1]} ${match[2]}` : null
}

/** Reads a decimal written either way ("45.5" or the French "45,5"). */
const parseDecimal = (value: string): number => {
  const text = value.trim().replace(',', '.')
  return text === '' ? Number.NaN : Number(text)
}

/**
 * Parses a civic-address CSV (comma or semicolon separated, UTF-8 with or without BOM) into rows the
 * registry accepts, and lists every problem with its line number. The caller imports nothing unless
 * there are no problems: a file is taken whole or not at all.
 */
export const parseAddressCsv = (
  text: string,
  { maxProblems = 50 }: { maxProblems?: number } = {},
): ParsedAddressCsv => {
  const problems: CsvProblem[] = []
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    })
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    return {
      rows: [],
      problems: [
        { line, fr: 'Le fichier n’est pas un CSV lisible.', en: 'The file is not a readable CSV.' },
      ],
    }
  }
  const [header, ...body] = records
  if (!header) {
    return {
      rows: [],
      problems: [{ line: 1, fr: 'Le fichier est vide.', en: 'The file is empty.' }],
    }
  }
  const names = header.map(normalizeHeader)
  const index = {} as Record<keyof AddressRow, number>
  const missing: string[] = []
  for (const [field, aliases] of Object.entries(columnAliases) as [keyof AddressRow, string[]][]) {
    const position = names.findIndex((name) => aliases.includes(name))
    if (position === -1 && field !== 'suffix') missing.push(aliases[0] as string)
    index[field] = position
  }
  if (missing.length) {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          fr: `Colonnes manquantes : ${missing.join(', ')}. En-tête attendu : number, suffix, street, postal_code, lat, long.`,
          en: `Missing columns: ${missing.join(', ')}. Expected header: number, suffix, street, postal_code, lat, long.`,
        },
      ],
    }
  }
  const rows: AddressRow[] = []
  const seen = new Map<string, number>()
  body.forEach((record, position) => {
    if (problems.length >= maxProblems) return
    const line = position + 2
    const cell = (field: keyof AddressRow) =>
      index[field] >= 0 ? (record[index[field]] ?? '') : ''
    const number = Number(cell('number'))
    const suffix = cell('suffix').slice(0, 10)
    const street = cell('street')
    const postalCode = normalizePostalCode(cell('postalCode'))
    const lat = parseDecimal(cell('lat'))
    const lng = parseDecimal(cell('lng'))
    const add = (fr: string, en: string) => problems.push({ line, fr, en })
    if (!Number.isInteger(number) || number < 1 || number > 999999) {
      add(
        `numéro civique invalide « ${cell('number')} »`,
        `invalid civic number "${cell('number')}"`,
      )
    } else if (!street || street.length > 120) {
      add(
        'nom de rue manquant ou trop long (120 caractères au plus)',
        'street name missing or too long (120 characters at most)',
      )
    } else if (!postalCode) {
      add(
        `code postal invalide « ${cell('postalCode')} »`,
        `invalid postal code "${cell('postalCode')}"`,
      )
    } else if (
      !Number.isFinite(lat) ||
      lat < -90 ||
      lat > 90 ||
      !Number.isFinite(lng) ||
      lng < -180 ||
      lng > 180
    ) {
      add('latitude ou longitude invalide', 'invalid latitude or longitude')
    } else {
      const key = `${number}|${suffix.toLowerCase()}|${street.toLowerCase()}|${postalCode}`
      const firstLine = seen.get(key)
      if (firstLine) {
        add(
          `adresse en double (déjà à la ligne ${firstLine})`,
          `duplicate address (already on line ${firstLine})`,
        )
        return
      }
      seen.set(key, line)
      rows.push({ number, suffix: suffix || null, street, postalCode, lat, lng })
    }
  })
  if (!body.length && !problems.length) {
    problems.push({
      line: 2,
      fr: 'Le fichier ne contient aucune adresse.',
      en: 'The file contains no address.',
    })
  }
  return { rows, problems }
}
