/**
 * Gettext catalogues for the WordPress plugin, without a gettext install: reads a `.po` file,
 * writes the binary `.mo` WordPress loads for PHP strings and the Jed JSON that
 * `wp_set_script_translations()` loads for the editor script.
 */

/** Unquotes one PO string literal ("…" with C escapes). */
function unquote(literal) {
  return JSON.parse(literal.replace(/\\([^"\\nrt])/g, '$1').replace(/\t/g, '\\t'));
}

/**
 * @param {string} text  the `.po` file
 * @returns {{ headers: string, entries: { context?: string, id: string, plural?: string, strings: string[], references: string[], fuzzy: boolean }[] }}
 */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const start = () => {
    if (entry && entry.id !== undefined) entries.push(entry);
    entry = { id: undefined, strings: [], references: [], fuzzy: false };
    field = null;
  };
  start();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      if (entry.id !== undefined) start();
      continue;
    }
    if (line.startsWith('#:')) {
      if (entry.id !== undefined) start();
      entry.references.push(...line.slice(2).trim().split(/\s+/));
      continue;
    }
    if (line.startsWith('#,')) {
      if (entry.id !== undefined) start();
      entry.fuzzy ||= /\bfuzzy\b/.test(line);
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (match) {
      if (match[1] === 'msgctxt' || (match[1] === 'msgid' && entry.id !== undefined && entry.strings.length)) start();
      const value = unquote(match[3]);
      if (match[1] === 'msgctxt') field = ['context'];
      else if (match[1] === 'msgid') field = ['id'];
      else if (match[1] === 'msgid_plural') field = ['plural'];
      else field = ['strings', Number(match[2] ?? 0)];
      if (field[0] === 'strings') entry.strings[field[1]] = value;
      else entry[field[0]] = value;
      continue;
    }
    if (line.startsWith('"') && field) {
      const value = unquote(line);
      if (field[0] === 'strings') entry.strings[field[1]] += value;
      else entry[field[0]] += value;
      continue;
    }
    throw new Error(`Unreadable PO line: ${raw}`);
  }
  start();
  const header = entries.find((e) => e.id === '' && e.context === undefined);
  return {
    headers: header ? header.strings[0] ?? '' : '',
    entries: entries.filter((e) => e.id !== '' && !e.fuzzy && e.strings.some((s) => s)),
  };
}

function key(entry) {
  return (entry.context !== undefined ? `${entry.context}\u0004` : '') + entry.id;
}

/** The binary catalogue (little-endian, hash table omitted: WordPress's MO reader does not use it). */
export function compileMo(po) {
  const pairs = [['', po.headers]];
  for (const entry of po.entries) {
    const original = key(entry) + (entry.plural !== undefined ? `\u0000${entry.plural}` : '');
    pairs.push([original, entry.strings.join('\u0000')]);
  }
  pairs.sort((a, b) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0])));
  const count = pairs.length;
  const originalsTable = 28;
  const translationsTable = originalsTable + count * 8;
  let dataOffset = translationsTable + count * 8;
  const tables = Buffer.alloc(dataOffset);
  tables.writeUInt32LE(0x950412de, 0);
  tables.writeUInt32LE(0, 4);
  tables.writeUInt32LE(count, 8);
  tables.writeUInt32LE(originalsTable, 12);
  tables.writeUInt32LE(translationsTable, 16);
  tables.writeUInt32LE(0, 20);
  tables.writeUInt32LE(dataOffset, 24);
  const data = [];
  const place = (text, table, index) => {
    const bytes = Buffer.from(text, 'utf8');
    tables.writeUInt32LE(bytes.length, table + index * 8);
    tables.writeUInt32LE(dataOffset, table + index * 8 + 4);
    data.push(bytes, Buffer.from([0]));
    dataOffset += bytes.length + 1;
  };
  pairs.forEach(([original], i) => place(original, originalsTable, i));
  pairs.forEach(([, translation], i) => place(translation, translationsTable, i));
  return Buffer.concat([tables, ...data]);
}

/** Jed 1.x locale data, the format of WordPress's script translation files. */
export function jedJson(po, locale, keep = () => true) {
  const pluralForms = /Plural-Forms:\s*([^\n]*)/i.exec(po.headers)?.[1]?.trim() ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
  for (const entry of po.entries) if (keep(entry)) messages[key(entry)] = entry.strings;
  return { 'translation-revision-date': '', generator: 'aict-widgets scripts/po.mjs', domain: 'messages', locale_data: { messages } };
}

/**
 * The translatable strings of PHP and JS sources: calls of __(), _e(), esc_html__(),
 * esc_attr__(), esc_html_e(), esc_attr_e() with a single-quoted literal and the given domain.
 * @param {{ file: string, text: string }[]} sources
 * @returns {Map<string, string[]>} string → references (file:line)
 */
export function extractStrings(sources, domain) {
  const found = new Map();
  const call = /\b(?:__|_e|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'([\w-]+)'\s*\)/g;
  for (const { file, text } of sources) {
    for (const match of text.matchAll(call)) {
      if (match[2] !== domain) continue;
      const string = match[1].replace(/\\(['\\])/g, '$1');
      const line = text.slice(0, match.index).split('\n').length;
      found.set(string, [...(found.get(string) ?? []), `${file}:${line}`]);
    }
  }
  return found;
}
