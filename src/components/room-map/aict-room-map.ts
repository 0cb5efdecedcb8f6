import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedError } from '../../feed/load.js';
import type { Floor, Point, Programme, Room, RoomShape, Session } from '../../feed/model.js';
import { concurrentSessions, sessionsAt, sessionsInRoom } from '../../feed/query.js';
import { formatTimeRange } from '../../i18n/format.js';
import { AictElement } from '../../shared/aict-element.js';
import { AictRoomSelectEvent } from '../../shared/events.js';
import { heading, subLevel } from '../../shared/heading.js';
import { pinIcon } from '../../shared/icons.js';
import { hostStyles } from '../../shared/styles.js';
import { IMAGE_PROTOCOLS, safeUrl } from '../../core/url.js';
import { roomMapStyles } from './aict-room-map.styles.js';

/** Sessions named per room in its accessible name and the room list; the rest are counted. */
const MAX_LISTED_PER_ROOM = 3;

/** Label size on screen, in CSS pixels, whatever the scale of the plan. */
const LABEL_PX = 13;
/** Assumed width of the plan before it is measured (a typical column). */
const DEFAULT_WIDTH_PX = 600;
/** Share of a room's width and height a label may take (the rest is breathing room). */
const LABEL_ROOM_SHARE = 0.86;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A room that can be drawn: a name, a floor and a shape made of finite numbers. */
interface DrawnRoom {
  readonly room: Room;
  readonly name: string;
  readonly lang: string;
  readonly shape: RoomShape;
  readonly box: Box;
}

/** How the rooms of the drawn floor are labelled: their names when every one fits, else numbers. */
interface Labels {
  /** Each room's label lines, by room id (a number alone when `numbered`). */
  readonly lines: ReadonlyMap<string, readonly string[]>;
  /** Rooms carry numbers, and the room list is shown as their key. */
  readonly numbered: boolean;
}

interface MapView {
  readonly session?: Session;
  /** The highlighted room, when it has a name. */
  readonly room?: Room;
  /** The floor drawn, if any. */
  readonly floor?: Floor;
  /** Rooms drawn on `floor`, in reading order (top to bottom, then left to right). */
  readonly drawn: readonly DrawnRoom[];
  /** What the element cannot show, said plainly. */
  readonly notice?: string;
  /** The sessions whose rooms the map tells about ("what is on there"). */
  readonly context: readonly Session[];
}

/**
 * The venue's floor plan as inline SVG with one room highlighted (the `room-id`, or the room
 * of `session-id`), the other rooms of that floor outlined and labelled, a legend, the venue
 * name and address, and a plain link to directions. Rooms are one Tab stop (arrow keys move
 * between them); Enter, Space or a click fires `aict-room-select`.
 *
 * @tag aict-room-map
 * @slot - Fallback content, shown until the feed is loaded and whenever it cannot be.
 * @fires aict-load - The feed is loaded and the map rendered.
 * @fires aict-error - Loading failed or the room / session is not in the feed (`detail.code`).
 * @fires aict-room-select - A room of the plan was activated (`detail.roomId`).
 * @csspart map - The map's outer box.
 * @csspart room - Each room of the plan.
 * @csspart room-current - The highlighted room.
 * @csspart error - The failure message.
 * @cssprop --aict-accent - Accent colour (the highlighted room, links).
 * @cssprop --aict-font-family - Font family (inherits the page's by default).
 * @cssprop --aict-radius - Corner radius.
 * @cssprop --aict-surface - Background.
 * @cssprop --aict-text - Text colour.
 */
export class AictRoomMap extends AictElement {
  static override properties: PropertyDeclarations = {
    roomId: { attribute: 'room-id' },
    sessionId: { attribute: 'session-id' },
    selectableRooms: { type: Boolean, attribute: 'selectable-rooms' },
    focusRoom: { state: true, attribute: false },
    planWidth: { state: true, attribute: false },
  };
  static override styles = [hostStyles, roomMapStyles];
  protected static override catalogue = 'room-map' as const;

  /** Id of the room to highlight (wins over `session-id`). */
  roomId: string | null = null;

  /** Id of a session: its room is highlighted, and the plan says what runs beside it. */
  sessionId: string | null = null;

  /**
   * Rooms of the plan are buttons that fire `aict-room-select`, for pages that act on it.
   * Without it the plan is a picture (with its room list as text alternative): a control that
   * does nothing would mislead keyboard and screen reader users.
   */
  selectableRooms = false;

  /** The room that has the keyboard's Tab stop. */
  private focusRoom: string | undefined;

  /** Rendered width of the plan, to keep labels legible at any size. */
  private planWidth = DEFAULT_WIDTH_PX;

  private resizeObserver?: ResizeObserver;

  protected override subjectKey(): string {
    return `${this.roomId ?? ''}|${this.sessionId ?? ''}`;
  }

  protected override findProblem(programme: Programme): FeedError | undefined {
    const roomId = this.roomId?.trim();
    const sessionId = this.sessionId?.trim();
    if (roomId) {
      if (!programme.rooms.has(roomId)) return new FeedError('not-found', `No room "${roomId}" in the feed`, 'room');
    } else if (!sessionId) {
      return new FeedError('not-found', 'No `room-id` or `session-id` given', 'room');
    }
    if (sessionId && !programme.sessionsById.has(sessionId)) {
      return new FeedError('not-found', `No session "${sessionId}" in the feed`, 'session');
    }
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      // Measured in the next frame: switching to numbers shows the room list, which resizes the
      // host inside the observer's callback otherwise (a "ResizeObserver loop" error).
      this.resizeObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('roomId') || changed.has('sessionId')) this.focusRoom = undefined;
  }

  // Called by the ResizeObserver (never during an update): the host's size changes when the
  // plan first appears and whenever the container does.
  private measure(): void {
    const plan = this.renderRoot.querySelector('svg.plan');
    const width = plan?.getBoundingClientRect().width;
    // Re-render only for a real change, so that a resize never loops.
    if (width && Math.abs(width - this.planWidth) > 1) this.planWidth = width;
  }

  private view(programme: Programme): MapView {
    const session = this.sessionId?.trim() ? programme.sessionsById.get(this.sessionId.trim()) : undefined;
    const roomId = this.roomId?.trim() || session?.room;
    const room = roomId ? programme.rooms.get(roomId) : undefined;
    const context = session
      ? [session, ...concurrentSessions(programme, session).sessions]
      : sessionsAt(programme, Date.now());
    const named = room && this.text(programme, room.name) ? room : undefined;
    if (!named) {
      return { session, drawn: [], context, notice: msg('The room of this session is not confirmed yet.') };
    }
    if (programme.floors.size === 0) {
      return { session, room: named, drawn: [], context, notice: msg('The programme has no floor plan yet.') };
    }
    const floor = named.floor ? programme.floors.get(named.floor) : undefined;
    if (!floor || !validFloor(floor)) {
      return { session, room: named, drawn: [], context, notice: msg('This room is not on the floor plan yet.') };
    }
    const drawn = this.drawnRooms(programme, floor);
    const notice = drawn.some((d) => d.room.id === named.id) ? undefined : msg('This room is not on the floor plan yet.');
    return { session, room: named, floor, drawn, context, notice };
  }

  private drawnRooms(programme: Programme, floor: Floor): DrawnRoom[] {
    const drawn: DrawnRoom[] = [];
    for (const room of programme.rooms.values()) {
      if (room.floor !== floor.id || !room.shape) continue;
      const picked = this.text(programme, room.name);
      const box = boxOf(room.shape);
      if (!picked || !box) continue;
      drawn.push({ room, name: picked.text, lang: picked.lang, shape: room.shape, box });
    }
    return drawn.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  }

  protected override renderReady(programme: Programme): TemplateResult {
    const view = this.view(programme);
    const labels = view.floor && view.drawn.length ? this.labels(view.floor, view) : undefined;
    const level = this.level;
    const venue = programme.event.venue;
    const directions = directionsUrl(programme);
    const roomName = view.room ? this.renderName(programme, view.room.name) : nothing;
    const floorName = view.floor ? this.renderName(programme, view.floor.name) : nothing;
    // Two maps on a page (two full session cards) are two regions: the subject tells them apart.
    const subject = view.session ? this.renderText(programme, view.session.title) : roomName;
    return html`<section part="map" class="map" aria-labelledby="map-heading map-subject" lang=${this.rootLang ?? nothing}>
      ${heading(level, msg('Where the room is'), 'map-heading')}
      <span id="map-subject" class="visually-hidden">${subject}</span>
      ${view.room
        ? html`<p class="room-line" id="room-line">
            ${pinIcon}<strong class="room-name">${roomName}</strong>${floorName !== nothing
              ? html`<span class="floor-name"> · ${floorName}</span>`
              : nothing}${this.roomFacts(view.room)}
          </p>`
        : nothing}
      ${view.notice ? html`<p class="notice" role="note">${view.notice}</p>` : nothing}
      ${labels ? this.renderPlan(programme, view, labels) : nothing}
      ${this.renderRoomList(programme, view, labels)}
      ${venue?.name || venue?.address || directions
        ? html`<p class="venue">
            ${venue?.name ? html`<strong>${this.renderText(programme, venue.name)}</strong>` : nothing}
            ${venue?.address ? html`<span class="address">${this.renderName(programme, venue.address)}</span>` : nothing}
            ${directions ? html`<a class="directions" href=${directions} rel="noopener">${msg('Directions (OpenStreetMap)')}</a>` : nothing}
          </p>`
        : nothing}
    </section>`;
  }

  private roomFacts(room: Room): TemplateResult | typeof nothing {
    const facts: string[] = [];
    const seats = room.capacity;
    if (seats) facts.push(msg(str`${seats} seats`));
    if (room.accessible) facts.push(msg('step-free access'));
    return facts.length ? html`<span class="facts"> · ${facts.join(', ')}</span>` : nothing;
  }

  /**
   * "14h00 – 15h30 : title" for the sessions of `view.context` in the room: the first few, then
   * how many more, so a feed with hundreds of sessions in a room neither freezes the page nor
   * gives a screen reader an endless name.
   */
  private whatIsOn(programme: Programme, view: MapView, roomId: string): TemplateResult[] {
    const zone = this.zone(programme).zone;
    const sessions = sessionsInRoom(view.context, roomId);
    const lines = sessions.slice(0, MAX_LISTED_PER_ROOM).map((s) => {
      const time = formatTimeRange(s.start, s.end, zone, this.ui);
      // Titles keep their own language (a French title in an English map is marked as French).
      const title = this.renderText(programme, s.title);
      return msg(html`${time}: ${title}`);
    });
    const more = sessions.length - lines.length;
    if (more > 0) lines.push(html`${pluralOne(more, this.ui) ? msg('and 1 more') : msg(str`and ${more} more`)}`);
    return lines;
  }

  private currentLabel(view: MapView): string {
    return view.session && !this.roomId?.trim() ? msg('This session’s room') : msg('Selected room');
  }

  /**
   * Room names wrapped into their rooms at the size the plan is drawn (labels stay about 13 px on
   * screen); when one name cannot fit whole (a word wider than its room, or more lines than its
   * height holds), every room gets a number instead and the room list becomes their visible key:
   * a cut name ("Amphithé…") tells a visitor nothing.
   */
  private labels(floor: Floor, view: MapView): Labels {
    const scale = Math.max(this.planWidth, 1) / floor.width;
    const measure = textMeasurer(this);
    const lines = new Map<string, readonly string[]>();
    for (const d of view.drawn) {
      const pin = d.room.id === view.room?.id ? 1.4 : 0;
      const fitted = fit(d.name, d.box.width * scale * LABEL_ROOM_SHARE, d.box.height * scale * LABEL_ROOM_SHARE, pin, measure);
      if (!fitted) {
        return { numbered: true, lines: new Map(view.drawn.map((r, i) => [r.room.id, [String(i + 1)]])) };
      }
      lines.set(d.room.id, fitted);
    }
    return { numbered: false, lines };
  }

  private renderPlan(programme: Programme, view: MapView, labels: Labels): TemplateResult {
    const floor = view.floor!;
    const selectable = this.selectableRooms;
    const current = view.room?.id;
    const stop = view.drawn.some((d) => d.room.id === this.focusRoom)
      ? this.focusRoom
      : view.drawn.some((d) => d.room.id === current)
        ? current
        : view.drawn[0]!.room.id;
    const fontSize = (LABEL_PX * floor.width) / Math.max(this.planWidth, 1);
    const image = safeUrl(floor.image, IMAGE_PROTOCOLS);
    const outline = pointsOf(floor.outline);
    const floorName = this.renderName(programme, floor.name);
    const currentName = view.drawn.find((d) => d.room.id === current)?.name;
    // The figure and the plan are named by one caption, whose floor name keeps its language.
    return html`<figure class="figure" aria-labelledby="plan-caption">
      <svg
        class="plan"
        viewBox="0 0 ${floor.width} ${floor.height}"
        role=${selectable ? 'group' : 'img'}
        aria-labelledby="plan-caption"
        aria-describedby=${selectable ? 'plan-help' : currentName ? 'room-line' : nothing}
        @keydown=${selectable ? (e: KeyboardEvent) => this.onKey(e, view) : nothing}
      >
        ${image
          ? svg`<image href=${image} x="0" y="0" width=${floor.width} height=${floor.height} preserveAspectRatio="xMidYMid meet" aria-hidden="true"></image>`
          : nothing}
        ${outline ? svg`<polygon class="outline" points=${outline} aria-hidden="true"></polygon>` : nothing}
        ${view.drawn.map((d, i) => this.renderRoom(d, i, d.room.id === current, d.room.id === stop))}
        <g class="labels" aria-hidden="true">
          ${view.drawn.map((d) => this.renderLabel(d, labels.lines.get(d.room.id) ?? [], d.room.id === current, fontSize))}
        </g>
      </svg>
      <figcaption>
        <span id="plan-caption" class="visually-hidden">${floorName !== nothing ? msg(html`Floor plan: ${floorName}`) : msg('Floor plan')}</span>
        ${selectable
          ? html`<span id="plan-help" class="visually-hidden">${msg('Arrow keys move between rooms; Enter selects one.')}</span>`
          : nothing}
        ${labels.numbered ? html`<p class="key-note">${msg('Numbers on the plan refer to the list of rooms below.')}</p>` : nothing}
        <ul class="legend">
          ${current && currentName
            ? html`<li><span class="swatch current" aria-hidden="true"></span>${this.currentLabel(view)}</li>`
            : nothing}
          <li><span class="swatch" aria-hidden="true"></span>${msg('Other rooms')}</li>
        </ul>
      </figcaption>
    </figure>`;
  }

  /**
   * One room of the plan. With `selectable-rooms` it is a button named by its entry in the room
   * list (name and what is on there, each in its own language); otherwise a plain shape.
   */
  private renderRoom(d: DrawnRoom, index: number, isCurrent: boolean, isStop: boolean): SVGTemplateResult {
    const shape =
      d.shape.kind === 'rect'
        ? svg`<rect class="shape" x=${d.shape.x} y=${d.shape.y} width=${d.shape.width} height=${d.shape.height}></rect>`
        : svg`<polygon class="shape" points=${pointsOf(d.shape.points) ?? ''}></polygon>`;
    if (!this.selectableRooms) {
      return svg`<g class="room ${isCurrent ? 'current' : ''}" part=${isCurrent ? 'room room-current' : 'room'} data-room-id=${d.room.id}>${shape}</g>`;
    }
    return svg`<g
      class="room selectable ${isCurrent ? 'current' : ''}"
      part=${isCurrent ? 'room room-current' : 'room'}
      role="button"
      tabindex=${isStop ? '0' : '-1'}
      aria-labelledby="room-item-${index}"
      aria-current=${isCurrent ? 'location' : nothing}
      data-room-id=${d.room.id}
      @click=${() => this.selectRoom(d.room.id)}
      @focus=${() => (this.focusRoom = d.room.id)}
    >${shape}</g>`;
  }


  /**
   * A room's visible name, drawn in a layer above the rooms (not inside the button, whose
   * accessible name is the full name plus what is on there, while a label may be wrapped).
   */
  private renderLabel(d: DrawnRoom, lines: readonly string[], isCurrent: boolean, fontSize: number): SVGTemplateResult {
    const cx = d.box.x + d.box.width / 2;
    const lineHeight = fontSize * 1.2;
    const pin = isCurrent ? fontSize * 1.4 : 0;
    const top = d.box.y + d.box.height / 2 - ((lines.length - 1) * lineHeight) / 2 + pin / 2;
    return svg`${isCurrent
        ? svg`<g class="pin" transform="translate(${cx - pin / 2} ${top - lineHeight / 2 - pin * 1.15}) scale(${pin / 24})"><path d="M12 22s-7-6.2-7-11.5A7 7 0 0 1 19 10.5C19 15.8 12 22 12 22z"></path><circle cx="12" cy="10" r="2.5"></circle></g>`
        : nothing}<text
        class="label ${isCurrent ? 'current' : ''}"
        data-room-id=${d.room.id}
        lang=${/^\d+$/.test(lines[0] ?? '') ? nothing : this.langAttr(d.lang)}
        font-size=${fontSize}
      >${lines.map((line, i) => svg`<tspan x=${cx} y=${top + i * lineHeight} dominant-baseline="central">${line}</tspan>`)}</text>`;
  }

  private renderRoomList(programme: Programme, view: MapView, labels: Labels | undefined): TemplateResult | typeof nothing {
    const drawnMap = view.floor && view.drawn.length > 0 && !view.notice;
    // Numbers on the plan: the list is their key, shown (what is on stays for screen readers).
    const key = Boolean(drawnMap && labels?.numbered);
    // With a drawn plan the list is its text alternative; without one it is what the element can show.
    const rooms: { id: string; name: TemplateResult | typeof nothing }[] = drawnMap
      ? view.drawn.map((d) => ({ id: d.room.id, name: this.renderName(programme, d.room.name) }))
      : [...programme.rooms.values()]
          .filter((room) => this.text(programme, room.name))
          .map((room) => ({ id: room.id, name: this.renderName(programme, room.name) }));
    if (rooms.length === 0) return nothing;
    // With a drawn plan, each entry also names its room's button (see renderRoom).
    const item = ({ id, name }: (typeof rooms)[number], index: number) => {
      const on = this.whatIsOn(programme, view, id);
      return html`<li id=${drawnMap ? `room-item-${index}` : nothing} aria-current=${id === view.room?.id ? 'location' : nothing}>
        ${name}${id === view.room?.id ? html` <span class="current-note">(${this.currentLabel(view)})</span>` : nothing}${on.length
          ? html`<span class="on ${key ? 'visually-hidden' : ''}">${msg(': ')}${on.map((line, i) => html`${i ? '; ' : ''}${line}`)}</span>`
          : nothing}
      </li>`;
    };
    return html`<div class="room-list ${drawnMap && !key ? 'visually-hidden' : ''} ${key ? 'key' : ''}">
      ${heading(subLevel(this.level), drawnMap ? msg('Rooms on the plan') : msg('Rooms of the venue'))}
      ${key ? html`<ol>${rooms.map(item)}</ol>` : html`<ul>${rooms.map(item)}</ul>`}
    </div>`;
  }

  private onKey(event: KeyboardEvent, view: MapView): void {
    const target = (event.target as Element | null)?.closest?.('[data-room-id]');
    const id = target?.getAttribute('data-room-id');
    if (!id) return;
    const order = view.drawn.map((d) => d.room.id);
    const at = order.indexOf(id);
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = order[(at + 1) % order.length];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = order[(at - 1 + order.length) % order.length];
        break;
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order[order.length - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.selectRoom(id);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (!next) return;
    this.focusRoom = next;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGGElement>(`[data-room-id="${CSS.escape(next)}"]`)?.focus();
    });
  }

  private selectRoom(roomId: string): void {
    this.focusRoom = roomId;
    this.dispatchEvent(new AictRoomSelectEvent({ roomId }));
  }
}

function finite(...values: number[]): boolean {
  return values.every((v) => typeof v === 'number' && Number.isFinite(v));
}

function validFloor(floor: Floor): boolean {
  return finite(floor.width, floor.height) && floor.width > 0 && floor.height > 0;
}

function boxOf(shape: RoomShape): Box | undefined {
  if (shape.kind === 'rect') {
    const { x, y, width, height } = shape;
    return finite(x, y, width, height) && width > 0 && height > 0 ? { x, y, width, height } : undefined;
  }
  const points = shape.points;
  if (points.length < 3) return undefined;
  // A loop, not Math.min(...xs): spreading a huge polygon overflows the call stack.
  let x = Infinity;
  let y = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const [px, py] of points) {
    if (!finite(px, py)) return undefined;
    if (px < x) x = px;
    if (px > right) right = px;
    if (py < y) y = py;
    if (py > bottom) bottom = py;
  }
  const box = { x, y, width: right - x, height: bottom - y };
  return box.width > 0 && box.height > 0 ? box : undefined;
}

/** `points` attribute text built from numbers only. */
function pointsOf(points: readonly Point[] | undefined): string | undefined {
  if (!points || points.length < 3 || !points.every((p) => finite(p[0], p[1]))) return undefined;
  return points.map((p) => `${p[0]},${p[1]}`).join(' ');
}

/** Width in CSS pixels of a line of text in the element's font, at `LABEL_PX`. */
type Measure = (text: string) => number;

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * Measures text as the plan draws it (the host's font at `LABEL_PX`, bold for the highlighted
 * room's label, which is the wider case, so all are measured bold), with the letter and word
 * spacing the page gives the host (a visitor's text-spacing style sheet); without a canvas, an
 * average glyph of 0.6 em.
 */
function textMeasurer(host: Element): Measure {
  const style = getComputedStyle(host);
  const size = parseFloat(style.fontSize) || 16;
  const letter = ((parseFloat(style.letterSpacing) || 0) / size) * LABEL_PX;
  const word = ((parseFloat(style.wordSpacing) || 0) / size) * LABEL_PX;
  const spacing = (text: string) => Math.max(0, letter) * text.length + Math.max(0, word) * (text.split(' ').length - 1);
  canvas ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const context = canvas;
  if (!context) return (text) => text.length * LABEL_PX * 0.6 + spacing(text);
  context.font = `700 ${LABEL_PX}px ${style.fontFamily || 'sans-serif'}`;
  return (text) => context.measureText(text).width + spacing(text);
}

/**
 * Greedy word wrap of a label into `width` × `height` on-screen pixels (a pin of `pin` lines
 * above it), or undefined when it cannot fit whole.
 */
function fit(text: string, width: number, height: number, pin: number, measure: Measure): string[] | undefined {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (measure(word) > width) return undefined;
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return (lines.length + pin) * LABEL_PX * 1.2 <= height ? lines : undefined;
}

/** Whether `n` takes the singular in `lang` (French: 0 and 1; English: 1). */
function pluralOne(n: number, lang: string): boolean {
  return new Intl.PluralRules(lang).select(n) === 'one';
}

/**
 * A plain link to directions on OpenStreetMap (the visitor's choice to follow it; the element
 * itself requests nothing from any third party): to the venue's coordinates, else its address.
 */
function directionsUrl(programme: Programme): string | undefined {
  const venue = programme.event.venue;
  const geo = venue?.geo;
  let to: string | undefined;
  if (geo && finite(geo.lat, geo.lon) && Math.abs(geo.lat) <= 90 && Math.abs(geo.lon) <= 180) {
    to = `${geo.lat},${geo.lon}`;
  } else {
    const address = venue?.address ? Object.values(venue.address)[0] : undefined;
    const name = venue?.name ? Object.values(venue.name)[0] : undefined;
    // The address alone geocodes best; the name is a last resort.
    to = address ?? name;
  }
  if (!to) return undefined;
  const url = new URL('https://www.openstreetmap.org/directions');
  url.searchParams.set('to', to);
  return url.href;
}

declare global {
  interface HTMLElementTagNameMap {
    'aict-room-map': AictRoomMap;
  }
}
