/** The demo page's own controls: the language switch, time zone, variant, and the warnings list. */
import type { AictLoadEvent } from '../src/shared/events.js';

const html = document.documentElement;

function setLanguage(lang: 'fr' | 'en'): void {
  html.lang = lang;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-fr]')) {
    el.textContent = (lang === 'fr' ? el.dataset.fr : el.dataset.en) ?? el.textContent;
  }
}

document.querySelector('.lang-switch')?.addEventListener('click', (event) => {
  const lang = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-lang]')?.dataset.lang;
  if (lang === 'fr' || lang === 'en') setLanguage(lang);
});

const sessions = () => document.querySelectorAll('aict-session');

// `?site=dark` gives the partner site a dark theme; `?color-scheme=light|dark|auto` (or the
// form's select) sets the widgets' attribute.
const params = new URLSearchParams(location.search);
if (params.get('site') === 'dark') html.classList.add('dark-site');
const schemeSelect = document.querySelector<HTMLSelectElement>('#color-scheme');
function setScheme(value: string): void {
  for (const el of document.querySelectorAll('aict-session, aict-programme')) el.setAttribute('color-scheme', value);
  if (schemeSelect) schemeSelect.value = value;
}
const scheme = params.get('color-scheme');
if (scheme === 'light' || scheme === 'dark' || scheme === 'auto') setScheme(scheme);
schemeSelect?.addEventListener('change', () => setScheme(schemeSelect.value));
document.querySelector<HTMLSelectElement>('#time-zone')?.addEventListener('change', (event) => {
  for (const el of sessions()) el.setAttribute('time-zone', (event.target as HTMLSelectElement).value);
});
document.querySelector<HTMLSelectElement>('#variant')?.addEventListener('change', (event) => {
  for (const el of sessions()) el.setAttribute('variant', (event.target as HTMLSelectElement).value);
});

document.addEventListener('aict-load', (event: AictLoadEvent) => {
  const list = document.querySelector('#warnings');
  if (!list) return;
  list.replaceChildren(
    ...(event.detail.warnings.length
      ? event.detail.warnings.map(({ path, message }) => {
          const item = document.createElement('li');
          const code = document.createElement('code');
          code.textContent = path;
          item.append(code, ` — ${message}`);
          return item;
        })
      : [Object.assign(document.createElement('li'), { textContent: 'Aucun avertissement.' })]),
  );
});
