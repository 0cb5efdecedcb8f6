/**
 * schema.org `Event` data for one session, so that search engines can list the sessions a
 * partner page shows. Pure: it builds a plain object from the model; `json-ld-script.ts`
 * puts it in the host document.
 *
 * Shape (what Google's event rich results read): `name`, `startDate`/`endDate` as local
 * times WITH their offset in the event's zone (`2022-06-20T16:00:00+02:00`: a bare `Z` time
 * would show the wrong hour in some tools), `eventStatus`, `eventAttendanceMode`, `location`
 * (the room as a `Place` inside the venue, with the venue's address), `organizer`,
 * `performer`, `inLanguage`, and `superEvent` (the forum).
 */
import { tzOffset } from '@date-fns/tz';
import type { LanguageCode, LocalizedText, Programme, Session, SessionStatus } from '../feed/model.js';
import { pickText } from '../i18n/text.js';

// What `json-ld-script.ts` writes the data blocks with, in this chunk loaded on first use.
export { trustedJsonText } from './trusted-types.js';

export type JsonLd = Record<string, unknown>;

const SCHEMA = 'https://schema.org';

const STATUS: Record<SessionStatus, string> = {
  scheduled: `${SCHEMA}/EventScheduled`,
  cancelled: `${SCHEMA}/EventCancelled`,
  // The feed's `moved` says the session changed time or room, which is what schema.org
  // means by "rescheduled"; `full` is still taking place.
  moved: `${SCHEMA}/EventRescheduled`,
  full: `${SCHEMA}/EventScheduled`,
};

/**
 * Only web addresses go into the host's structured data: a `mailto:` link is fine for a
 * visitor to click but would hand the feed's addresses to every crawler, in the host's name.
 */
function webUrl(url: string | undefined): string | undefined {
  return url && /^https?:/i.test(url) ? url : undefined;
}

/**
 * The schema.org `Event` of `session`, texts in `lang` where the feed has them. `url` is the
 * link the visitor sees (the host's `session-href` when set); the feed's own `url` is used
 * only when the host gives none, so the data never points elsewhere than the page does.
 */
export function sessionJsonLd(programme: Programme, session: Session, lang: LanguageCode, url = session.url): JsonLd {
  const { event } = programme;
  const zone = event.timeZone;
  const text = (value: LocalizedText | undefined) => pickText(value, lang, event.defaultLanguage)?.text;

  const room = session.room ? programme.rooms.get(session.room) : undefined;
  const venue = venuePlace(programme, text);
  const roomName = text(room?.name);
  const location = roomName ? compact({ '@type': 'Place', name: roomName, address: venue?.address, containedInPlace: venue }) : venue;

  const organizer = session.organizers
    .map((id) => programme.organizations.get(id))
    .filter((org) => org !== undefined)
    .map((org) => compact({ '@type': 'Organization', name: text(org.name), alternateName: org.shortName, url: webUrl(org.url) }));

  const seen = new Set<string>();
  const performer = session.participants
    .filter((p) => !seen.has(p.person) && seen.add(p.person))
    .map((p) => programme.people.get(p.person))
    .filter((person) => person !== undefined)
    .map((person) => {
      const org = person.organization ? programme.organizations.get(person.organization) : undefined;
      return compact({
        '@type': 'Person',
        name: person.name,
        jobTitle: text(person.title),
        affiliation: org ? compact({ '@type': 'Organization', name: text(org.name) }) : undefined,
        url: webUrl(person.url),
      });
    });

  const superEvent = compact({
    '@type': 'Event',
    name: text(event.title),
    startDate: event.startDate,
    endDate: event.endDate,
    url: webUrl(event.url),
    location: venue,
  });

  const label = text(session.label);
  return compact({
    '@context': SCHEMA,
    '@type': 'Event',
    '@id': webUrl(url) ? `${url}#event` : undefined,
    identifier: session.id,
    name: text(session.title),
    alternateName: label,
    description: text(session.summary),
    startDate: isoWithOffset(session.start, zone),
    endDate: isoWithOffset(session.end, zone),
    eventStatus: STATUS[session.status],
    eventAttendanceMode: `${SCHEMA}/OfflineEventAttendanceMode`,
    inLanguage: session.language ?? event.defaultLanguage,
    url: webUrl(url),
    location,
    organizer: organizer.length ? organizer : undefined,
    performer: performer.length ? performer : undefined,
    about: session.themes.map((id) => text(programme.themes.get(id)?.name)).filter(Boolean),
    superEvent: Object.keys(superEvent).length > 1 ? superEvent : undefined,
  });
}

function venuePlace(programme: Programme, text: (value: LocalizedText | undefined) => string | undefined): JsonLd | undefined {
  const venue = programme.event.venue;
  if (!venue) return undefined;
  const place = compact({
    '@type': 'Place',
    name: text(venue.name),
    address: text(venue.address),
    geo: venue.geo ? { '@type': 'GeoCoordinates', latitude: venue.geo.lat, longitude: venue.geo.lon } : undefined,
  });
  return Object.keys(place).length > 1 ? place : undefined;
}

/**
 * `2022-06-20T16:00:00+02:00`: the wall-clock time in `zone` with that instant's offset.
 * A machine format, not shown to anyone (visible times come from `i18n/format.ts`).
 */
export function isoWithOffset(instant: number, zone: string): string {
  const offset = Math.round(tzOffset(zone, new Date(instant)));
  const minutes = Number.isFinite(offset) ? offset : 0;
  const local = new Date(instant + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/**
 * The script text for `data`: JSON with every `<` escaped, so that a title containing
 * `</script>` or `<!--` cannot end the script element or change how it is parsed.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Drops empty values so the output carries no `undefined`, `""` or `[]`. */
function compact(object: JsonLd): JsonLd {
  const out: JsonLd = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}
