/**
 * Localized names of the feed's closed vocabularies (session kinds, statuses, roles).
 * Call during an element's update (or inside `withLanguage`), like any `msg()`.
 */
import { msg } from '@lit/localize';
import { ROLES, type Person, type Programme, type Role, type Session, type SessionKind, type SessionStatus } from '../feed/model.js';

export function kindName(kind: SessionKind): string {
  switch (kind) {
    case 'plenary': return msg('Plenary');
    case 'conference': return msg('Conference');
    case 'workshop': return msg('Workshop');
    case 'roundtable': return msg('Round table');
    case 'keynote': return msg('Keynote');
    case 'country-group': return msg('Country group');
    case 'side-event': return msg('Side event');
    case 'break': return msg('Break');
    case 'social': return msg('Social event');
    case 'other': return msg('Session');
  }
}

/** Visible status wording; `scheduled` has none. */
export function statusName(status: SessionStatus): string | undefined {
  switch (status) {
    case 'cancelled': return msg('Cancelled');
    case 'moved': return msg('Moved');
    case 'full': return msg('Full');
    case 'scheduled': return undefined;
  }
}

/**
 * Headings of the people groups. Introduction and moderation share one group, as on the
 * forum's own pages ("Introduction et animation").
 */
export type PeopleGroup = 'chair' | 'opening' | 'speaker' | 'discussant' | 'rapporteur';

export function groupOf(role: Role): PeopleGroup {
  return role === 'introduction' || role === 'moderator' ? 'opening' : role;
}

export function groupHeading(group: PeopleGroup, roles: ReadonlySet<Role>, count: number): string {
  switch (group) {
    case 'chair':
      return msg('Chair');
    case 'opening':
      if (!roles.has('moderator')) return msg('Introduction');
      if (!roles.has('introduction')) return count > 1 ? msg('Moderators') : msg('Moderation');
      return msg('Introduction and moderation');
    case 'speaker':
      return count > 1 ? msg('Speakers') : msg('Speaker');
    case 'discussant':
      return count > 1 ? msg('Discussants') : msg('Discussant');
    case 'rapporteur':
      return count > 1 ? msg('Rapporteurs') : msg('Rapporteur');
  }
}

/** The role named after a person, where the group heading alone does not say it. */
export function roleNote(role: Role): string {
  return role === 'moderator' ? msg('moderation') : msg('introduction');
}

export interface PeopleGroupEntry {
  readonly group: PeopleGroup;
  /** The roles present in the group (introduction and moderation share one). */
  readonly roles: ReadonlySet<Role>;
  readonly members: readonly { readonly role: Role; readonly person: Person }[];
}

/** A session's known people, grouped for display in the order of `ROLES`. */
export function peopleGroups(programme: Programme, session: Session): PeopleGroupEntry[] {
  const groups = new Map<PeopleGroup, { roles: Set<Role>; members: { role: Role; person: Person }[] }>();
  for (const role of ROLES) {
    for (const participant of session.participants) {
      if (participant.role !== role) continue;
      const person = programme.people.get(participant.person);
      if (!person) continue;
      const group = groupOf(role);
      const entry = groups.get(group) ?? { roles: new Set<Role>(), members: [] };
      entry.roles.add(role);
      entry.members.push({ role, person });
      groups.set(group, entry);
    }
  }
  return [...groups].map(([group, entry]) => ({ group, ...entry }));
}
