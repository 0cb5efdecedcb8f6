/**
 * The raw `aict-programme/1` feed, described once with valibot.
 *
 * This file is the single source for the raw TypeScript types (`InferOutput`), the run-time
 * checks in `parse.ts` (which validates item by item, field by field, so that one bad item
 * is skipped instead of the whole feed) and the published JSON Schema
 * (`npm run schema` → `schema/aict-programme.schema.json`).
 *
 * Only actions that convert to JSON Schema are used (no `check`/`transform`, regexes without
 * flags); `finite` is dropped from the JSON Schema on purpose because JSON has no infinities.
 * Checks JSON Schema cannot express (real calendar dates, IANA zones, URL schemes, references)
 * live in the parser.
 */
import * as v from 'valibot';
import { HEX_COLOR_PATTERN } from '../core/color.js';
import { ROLES, SESSION_KINDS, SESSION_STATUSES } from './model.js';
import { DATE_TIME_PATTERN, DAY_CHANGE_PATTERN, FEED_FORMAT } from './patterns.js';

export { DATE_TIME_PATTERN, FEED_FORMAT } from './patterns.js';

const Id = v.pipe(v.string(), v.minLength(1), v.description('An identifier, unique within its list.'));
const Ref = (list: string) =>
  v.pipe(v.string(), v.minLength(1), v.description(`The id of an entry of \`${list}\`.`));

const TextValue = v.union([v.string(), v.record(v.string(), v.string())]);
const Text = (what: string) =>
  v.pipe(
    TextValue,
    v.description(
      `${what} Plain text: a string in event.defaultLanguage, or an object of language code to string ({"fr": "…", "en": "…"}).`,
    ),
  );
const Html = (what: string) =>
  v.pipe(
    TextValue,
    v.description(
      `${what} Limited HTML (p, br, strong, em, a, ul, ol, li, blockquote, cite); anything else is removed. A string in event.defaultLanguage, or an object of language code to string.`,
    ),
  );
const DateTime = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(DATE_TIME_PATTERN),
    v.description(`${what} ISO 8601 date and time; without an offset it is local time in event.timeZone.`),
  );
const LocalDate = (what: string) => v.pipe(v.string(), v.isoDate(), v.description(`${what} YYYY-MM-DD, event-local.`));
const Link = (what: string) =>
  v.pipe(v.string(), v.description(`${what} An absolute http:, https: or mailto: URL; anything else is ignored.`));
const ImageUrl = (what: string) =>
  v.pipe(v.string(), v.description(`${what} An absolute http: or https: URL; anything else is ignored.`));
const Coordinate = v.pipe(v.number(), v.finite());
const Length = v.pipe(v.number(), v.finite(), v.gtValue(0));
const PointSchema = v.pipe(v.tuple([Coordinate, Coordinate]), v.description('[x, y] in floor units.'));
const Language = v.pipe(v.string(), v.minLength(1), v.description('A language code such as "fr" or "en".'));

export const GeoSchema = v.object({
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});

export const VenueSchema = v.object({
  name: v.optional(Text('Venue name.')),
  address: v.optional(Text('Postal address.')),
  geo: v.optional(v.pipe(GeoSchema, v.description('WGS 84 position, used for directions links.'))),
});

export const EventSchema = v.pipe(
  v.object({
    id: v.optional(Id),
    title: v.optional(Text('Name of the event.')),
    timeZone: v.pipe(
      v.string(),
      v.minLength(1),
      v.description('IANA time zone of the event (e.g. "Europe/Paris"). Required: a feed without it is rejected.'),
    ),
    startDate: v.optional(LocalDate('First day of the event,')),
    endDate: v.optional(LocalDate('Last day of the event,')),
    defaultLanguage: v.optional(
      v.pipe(Language, v.description('Language of texts given as plain strings. Defaults to "en".')),
    ),
    url: v.optional(Link('Home page of the event.')),
    venue: v.optional(VenueSchema),
    dayChange: v.optional(
      v.pipe(
        v.string(),
        v.regex(DAY_CHANGE_PATTERN),
        v.description(
          'When a programme day ends, as event-local "HH:MM" (default "00:00"): a session that starts after midnight but before this time belongs to the previous day, as at congresses whose nights run late.',
        ),
      ),
    ),
  }),
  v.description('The event the programme belongs to.'),
);

export const FloorSchema = v.object({
  id: Id,
  name: v.optional(Text('Floor name.')),
  width: v.pipe(Length, v.description('Width of the floor plan, in plan units.')),
  height: v.pipe(Length, v.description('Height of the floor plan, in plan units.')),
  image: v.optional(ImageUrl('Background image of the plan.')),
  outline: v.optional(
    v.pipe(v.array(PointSchema), v.minLength(3), v.description('Outline of the building, as a polygon.')),
  ),
});

export const RectShapeSchema = v.object({ x: Coordinate, y: Coordinate, width: Length, height: Length });
export const PolygonShapeSchema = v.object({ points: v.pipe(v.array(PointSchema), v.minLength(3)) });
export const RoomShapeSchema = v.pipe(
  v.union([RectShapeSchema, PolygonShapeSchema]),
  v.description('Where the room is on its floor: a rectangle or a polygon of at least 3 points.'),
);

export const RoomSchema = v.object({
  id: Id,
  name: v.optional(Text('Room name.')),
  floor: v.optional(Ref('floors')),
  shape: v.optional(RoomShapeSchema),
  capacity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  accessible: v.optional(v.pipe(v.boolean(), v.description('Step-free access.'))),
});

export const OrganizationSchema = v.object({
  id: Id,
  name: Text('Organisation name.'),
  shortName: v.optional(v.pipe(v.string(), v.description('Acronym, e.g. "CUF".'))),
  url: v.optional(Link('Web site.')),
});

export const PersonSchema = v.object({
  id: Id,
  name: v.pipe(v.string(), v.minLength(1), v.description('Full name, as displayed.')),
  title: v.optional(Text('Position, e.g. "Maire de Dijon".')),
  organization: v.optional(Ref('organizations')),
  url: v.optional(Link('Profile page.')),
});

export const ThemeSchema = v.object({
  id: Id,
  name: Text('Theme name.'),
  color: v.optional(v.pipe(v.string(), v.regex(HEX_COLOR_PATTERN), v.description('#rgb or #rrggbb.'))),
});

export const BlockSchema = v.object({
  id: Id,
  title: v.optional(Text('Title of the programme block, e.g. "Ateliers".')),
  start: DateTime('Start.'),
  end: DateTime('End, after the start.'),
});

export const ParticipantSchema = v.object({
  person: Ref('people'),
  role: v.optional(v.pipe(v.picklist(ROLES), v.description('Defaults to "speaker".'))),
});

export const SessionSchema = v.object({
  id: Id,
  kind: v.optional(v.pipe(v.picklist(SESSION_KINDS), v.description('Defaults to "other".'))),
  label: v.optional(Text('Short label, e.g. "Atelier 1".')),
  title: Text('Session title.'),
  subtitle: v.optional(Text('Subtitle, shown under the title.')),
  start: DateTime('Start.'),
  end: DateTime('End, after the start.'),
  room: v.nullish(
    v.pipe(v.string(), v.minLength(1), v.description('Id of an entry of `rooms`; absent or null: room to be confirmed.')),
  ),
  block: v.optional(Ref('blocks')),
  summary: v.optional(Text('Short summary.')),
  description: v.optional(Html('Full description.')),
  organizers: v.optional(v.array(Ref('organizations'))),
  participants: v.optional(v.array(ParticipantSchema)),
  themes: v.optional(v.array(Ref('themes'))),
  sdgs: v.optional(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(17), v.description('UN Sustainable Development Goal number.'))),
  ),
  language: v.optional(v.pipe(Language, v.description('The language spoken (the first of `languages` when both are given).'))),
  languages: v.optional(
    v.pipe(v.array(Language), v.description('The languages spoken, for a session held in several; `language` is still read.')),
  ),
  interpretation: v.optional(v.pipe(v.array(Language), v.description('Languages of simultaneous interpretation.'))),
  url: v.optional(Link('Detail page of the session.')),
  status: v.optional(v.pipe(v.picklist(SESSION_STATUSES), v.description('Defaults to "scheduled".'))),
});

export const FeedSchema = v.pipe(
  v.object({
    format: v.literal(FEED_FORMAT),
    event: EventSchema,
    floors: v.optional(v.array(FloorSchema)),
    rooms: v.optional(v.array(RoomSchema)),
    organizations: v.optional(v.array(OrganizationSchema)),
    people: v.optional(v.array(PersonSchema)),
    themes: v.optional(v.array(ThemeSchema)),
    blocks: v.optional(v.array(BlockSchema)),
    sessions: v.array(SessionSchema),
  }),
  v.title('AICT programme feed (aict-programme/1)'),
  v.description(
    'A conference programme for the aict-widgets web components. Unknown fields are ignored. A bad item is skipped (or shown without its broken part) and reported; only a feed that is not an object, has another format, or lacks event.timeZone or sessions is rejected as a whole.',
  ),
);

export type RawFeed = v.InferOutput<typeof FeedSchema>;
export type RawEvent = v.InferOutput<typeof EventSchema>;
export type RawVenue = v.InferOutput<typeof VenueSchema>;
export type RawFloor = v.InferOutput<typeof FloorSchema>;
export type RawRoom = v.InferOutput<typeof RoomSchema>;
export type RawRoomShape = v.InferOutput<typeof RoomShapeSchema>;
export type RawOrganization = v.InferOutput<typeof OrganizationSchema>;
export type RawPerson = v.InferOutput<typeof PersonSchema>;
export type RawTheme = v.InferOutput<typeof ThemeSchema>;
export type RawBlock = v.InferOutput<typeof BlockSchema>;
export type RawParticipant = v.InferOutput<typeof ParticipantSchema>;
export type RawSession = v.InferOutput<typeof SessionSchema>;
export type RawText = v.InferOutput<typeof TextValue>;

/** `$id` of the published JSON Schema. */
export const FEED_SCHEMA_ID = 'https://unpkg.com/aict-widgets/schema/aict-programme.schema.json';
