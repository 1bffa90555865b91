/**
 * A large search index for the benchmark (and the index-use test): thousands of French documents
 * written straight into the search plugin's tables in a few bulk statements (the site_search
 * trigger fills the vectors), each pointing at a real published document so the joins are the
 * site's. Their slugs start with `bench-` so they can be removed again.
 */

type Queryable = {
  query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

export const benchSlugPrefix = 'bench-'

// Words of a city's website, most frequent first: picking them with a skewed distribution gives
// common words thousands of hits and rare ones a handful, as in real content.
const vocabulary = (
  'collecte ordures recyclage déneigement rue travaux hiver stationnement permis eau parc ' +
  'bibliothèque piscine conseil municipal séance règlement inscription activité loisirs ' +
  'secteur horaire fermeture circulation trottoir compost matières résiduelles écocentre ' +
  'aréna patinoire culture spectacle festival marché fermier sentier vélo piste cyclable ' +
  'arbre feuilles abattage animaux chien licence incendie prévention alarme urgence citoyen ' +
  'comptoir fête nationale ski glissade terrain soccer tennis encombrants sapins branches ' +
  'dangereuses bac fuite compteur inondation printemps crue aqueduc égout potable ébullition ' +
  'taxe foncière évaluation zonage construction rénovation piscines clôture cabanon ' +
  'thermopompe abri hivernal nids-de-poule pavage signalisation feux déchiquetage ' +
  'jardin communautaire camp jour aînés famille jeunesse emploi étudiant bénévolat subvention ' +
  'patrimoine musée exposition concert cinéma plein air baignade plage quai embarcation ' +
  'chalet location salle réservation navette transport autobus covoiturage borne recharge ' +
  'électrique éclairage lampadaire bruit nuisance herbe herbicide pesticide vidange fosse ' +
  'septique puits analyse consultation publique budget rapport annuel élection district ' +
  'mairie greffe cour municipale constat infraction amende paiement compte facture dépôt ' +
  'direct prélèvement propriétaire locataire logement salubrité inspection inspecteur ' +
  'bâtiment démolition agrandissement garage piscine-hors-terre haie entrée charretière ' +
  'ponceau fossé drainage ruisseau berge riveraine lac barrage niveau érosion reboisement ' +
  'tonte pelouse compostage domestique composteur récupérateur pluie toilette ' +
  'remboursement programme aide financière rénoverte efficacité énergétique ' +
  'sécurité civile sinistre évacuation hébergement croix-rouge génératrice panne électricité ' +
  'verglas tempête vents chaleur accablante climatisation fontaine jeux splash-pad ' +
  'skatepark planche roulettes basketball volleyball pétanque baseball balle-molle ' +
  'hockey ringuette curling raquette fatbike refuge halte belvédère kayak canot pédalo ' +
  'accueil nouveaux arrivants citoyenneté bénévoles reconnaissance mérite ' +
  'intergénérationnel ados maison jeunes garderie service-de-garde scolaire brigadier ' +
  'traverse piétonne corridor vitesse dos-d’âne radar photo-radar limite zone ' +
  'collecteur pluvial usine filtration réservoir chloration purge bornes-fontaines'
).split(' ')

const connectors = ['de', 'des', 'du', 'la', 'le', 'les', 'et', 'pour', 'au', 'en']

/** A small deterministic generator: the same corpus on every run. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff
  return seed / 0x7fffffff
}

const sentence = (next: () => number, words: number) => {
  const out: string[] = []
  for (let i = 0; i < words; i++) {
    // Skewed towards the start of the vocabulary (roughly Zipf-like, stop words aside).
    out.push(vocabulary[Math.floor(vocabulary.length * next() ** 1.3)])
    if (i < words - 1 && next() < 0.35) out.push(connectors[Math.floor(connectors.length * next())])
  }
  return out.join(' ')
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const targetColumns = {
  news: 'news_id',
  notices: 'notices_id',
  events: 'events_id',
  services: 'services_id',
  pages: 'pages_id',
} as const
const priorities = { services: 50, notices: 40, pages: 30, events: 20, news: 10 } as const

/** Adds `count` indexed French documents unless they are there already; returns how many exist. */
export const seedSearchCorpus = async (db: Queryable, count: number): Promise<number> => {
  const existing = Number(
    (
      await db.query(`SELECT count(*) AS n FROM search_locales WHERE slug LIKE $1`, [
        `${benchSlugPrefix}%`,
      ])
    ).rows[0].n,
  )
  if (existing >= count) return existing
  await removeSearchCorpus(db)
  const targets: { type: keyof typeof targetColumns; id: number }[] = []
  for (const type of Object.keys(targetColumns) as (keyof typeof targetColumns)[]) {
    const { rows } = await db.query(
      `SELECT id FROM ${type} WHERE _status = 'published' ORDER BY id LIMIT 50`,
    )
    targets.push(...rows.map((r) => ({ type, id: Number(r.id) })))
  }
  if (!targets.length)
    throw new Error('No published document to point the search corpus at: seed the city first.')
  const next = random(42)
  const docs = Array.from({ length: count }, (_, i) => {
    const target = targets[i % targets.length]
    const title = capitalize(sentence(next, 3 + Math.floor(next() * 4)))
    return {
      target,
      title,
      summary: `${capitalize(sentence(next, 10 + Math.floor(next() * 8)))}.`,
      keywords: sentence(next, 2),
      slug: `${benchSlugPrefix}${i + 1}`,
    }
  })
  const { rows: parents } = await db.query(
    `INSERT INTO search (priority) SELECT unnest($1::numeric[]) RETURNING id`,
    [docs.map((d) => priorities[d.target.type])],
  )
  const ids = parents.map((r) => Number(r.id))
  await db.query(
    `INSERT INTO search_locales (title, summary, keywords, slug, url_path, _locale, _parent_id)
     SELECT t, s, k, sl, sl, 'fr', p FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS u(t, s, k, sl, p)`,
    [
      docs.map((d) => d.title),
      docs.map((d) => d.summary),
      docs.map((d) => d.keywords),
      docs.map((d) => d.slug),
      ids,
    ],
  )
  for (const [type, column] of Object.entries(targetColumns)) {
    const picked = docs.flatMap((d, i) =>
      d.target.type === type ? [[ids[i], d.target.id] as const] : [],
    )
    if (!picked.length) continue
    await db.query(
      `INSERT INTO search_rels ("order", parent_id, path, ${column})
       SELECT 1, p, 'doc', t FROM unnest($1::int[], $2::int[]) AS u(p, t)`,
      [picked.map(([p]) => p), picked.map(([, t]) => t)],
    )
  }
  // Rows added one by one sit in the GIN indexes' pending lists until a vacuum merges them, and
  // the planner shuns an index with a long pending list: do what autovacuum would do later.
  await db.query(
    'VACUUM ANALYZE search, search_locales, search_rels, site_search.entries, site_search.words',
  )
  return count
}

/** Removes the benchmark documents (their vectors and relations go with them). */
export const removeSearchCorpus = async (db: Queryable): Promise<void> => {
  await db.query(
    `DELETE FROM search WHERE id IN (SELECT _parent_id FROM search_locales WHERE slug LIKE $1)`,
    [`${benchSlugPrefix}%`],
  )
}
