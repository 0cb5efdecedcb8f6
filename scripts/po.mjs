/**
 * Gettext catalogues for the WordPress plugin, without a gettext install: reads a `.po` file and
 * writes the binary `.mo` WordPress loads for PHP strings (both with gettext-parser), and the
 * Jed JSON that `wp_set_script_translations()` loads for the editor script.
 */
import gettextParser from 'gettext-parser';

/**
 * The translated entries of a `.po` file (fuzzy and untranslated ones left out).
 * @param {string} text  the `.po` file
 * @returns {{ headers: string, headerFields: Record<string, string>, entries: { context?: string, id: string, plural?: string, strings: string[], references: string[], fuzzy: boolean }[] }}
 */
export function parsePo(text) {
  const catalogue = gettextParser.po.parse(text);
  const entries = [];
  for (const [context, messages] of Object.entries(catalogue.translations)) {
    for (const message of Object.values(messages)) {
      if (message.msgid === '') continue;
      const fuzzy = /\bfuzzy\b/.test(message.comments?.flag ?? '');
      if (fuzzy || !message.msgstr.some((s) => s)) continue;
      entries.push({
        ...(context !== '' ? { context } : {}),
        id: message.msgid,
        ...(message.msgid_plural !== undefined ? { plural: message.msgid_plural } : {}),
        strings: message.msgstr,
        references: (message.comments?.reference ?? '').split(/\s+/).filter(Boolean),
        fuzzy,
      });
    }
  }
  return { headers: catalogue.translations['']?.['']?.msgstr[0] ?? '', headerFields: catalogue.headers, entries };
}

function key(entry) {
  return (entry.context !== undefined ? `${entry.context}\u0004` : '') + entry.id;
}

/** The binary catalogue of the entries `parsePo` kept, and the header. */
export function compileMo(po) {
  const translations = { '': {} };
  for (const entry of po.entries) {
    const context = entry.context ?? '';
    translations[context] ??= {};
    translations[context][entry.id] = {
      ...(entry.context !== undefined ? { msgctxt: entry.context } : {}),
      msgid: entry.id,
      ...(entry.plural !== undefined ? { msgid_plural: entry.plural } : {}),
      msgstr: entry.strings,
    };
  }
  return gettextParser.mo.compile({ charset: 'utf-8', headers: po.headerFields, translations });
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
