// Reads a results folder's Parquet tables with hyparquet (an independent JavaScript implementation of Parquet, with
// hyparquet-compressors for zstd) and compares them, value by value, with the CSV tables of a run of the same corpus:
// evidence that readers other than Parquet.Net read what GovText writes (dictionary pages, zstd, required and optional
// columns). Run by bench/parquet-readers.sh, which installs the two packages into a temporary folder.
// Usage: node parquet-check.mjs CSV_FOLDER PARQUET_FOLDER
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { asyncBufferFromFile, parquetReadObjects, parquetMetadataAsync } from 'hyparquet/src/node.js'
import { compressors } from 'hyparquet-compressors'

const [csvDir, parquetDir] = process.argv.slice(2)
const integers = new Set(['count', 'count_with_children', 'tokens', 'han_chars', 'paragraph', 'sentence', 'start', 'end'])
const doubles = new Set(['per_10k', 'per_10k_with_children', 'per_10k_han'])

// RFC 4180, as GovText writes it: comma, double quotes, \n line ends, quoted fields may hold commas, quotes and newlines.
function parseCsv(text) {
  const rows = []
  let row = [], field = '', quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ }
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(field); field = '' }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = '' }
    else field += c
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row) }
  return rows
}

function expected(column, cell) {
  if (integers.has(column)) return cell === '' ? null : Number(cell)
  if (doubles.has(column)) return cell === '' ? null : cell === 'NaN' ? NaN : Number(cell)
  return cell
}

function same(a, b) {
  if (typeof a === 'bigint') a = Number(a)
  if (typeof b === 'bigint') b = Number(b)
  return Object.is(a, b) || (a === null && b === undefined) || (a === undefined && b === null)
}

let failed = false
for (const table of ['concept_counts', 'concept_matches', 'word_frequencies']) {
  const [header, ...rows] = parseCsv(readFileSync(join(csvDir, table + '.csv'), 'utf8'))
  const file = await asyncBufferFromFile(join(parquetDir, table + '.parquet'))
  const metadata = await parquetMetadataAsync(file)
  const started = process.cpuUsage()
  const objects = await parquetReadObjects({ file, compressors })
  const cpu = process.cpuUsage(started)
  const columns = metadata.schema.slice(1).map(e => e.name)
  const problems = []
  if (columns.join(',') !== header.join(',')) problems.push(`columns ${columns} vs CSV header ${header}`)
  if (objects.length !== rows.length) problems.push(`${objects.length} rows vs ${rows.length} in the CSV`)
  for (let r = 0; r < Math.min(objects.length, rows.length) && problems.length < 5; r++)
    header.forEach((column, c) => {
      const want = expected(column, rows[r][c])
      if (!same(objects[r][column], want)) problems.push(`row ${r + 1} ${column}: ${objects[r][column]} vs CSV ${JSON.stringify(rows[r][c])}`)
    })
  const codecs = [...new Set(metadata.row_groups.flatMap(g => g.columns.map(c => c.meta_data.codec)))]
  const encodings = [...new Set(metadata.row_groups.flatMap(g => g.columns.flatMap(c => c.meta_data.encodings)))]
  console.log(`${table}: ${objects.length} rows, ${metadata.row_groups.length} row group(s), ${codecs} ${encodings}; ` +
    `hyparquet read ${((cpu.user + cpu.system) / 1e6).toFixed(2)} CPU s; ${problems.length === 0 ? 'equal to the CSV, value by value' : 'DIFFERS:'}`)
  for (const p of problems) console.log('  ' + p)
  failed ||= problems.length > 0
}
process.exit(failed ? 1 : 0)
