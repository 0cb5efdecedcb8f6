/**
 * Formatted times for `<aict-programme>`: formatting is the costly part of a card, so each
 * distinct time or range is formatted once per zone and language.
 */
import { formatTime, formatTimeRange, type UiLanguage } from '../../i18n/format.js';

export class TimeTexts {
  private readonly texts = new Map<string, string>();

  range(start: number, end: number, zone: string, ui: UiLanguage): string {
    const key = `${start}|${end}|${zone}|${ui}`;
    let text = this.texts.get(key);
    if (text === undefined) {
      if (this.texts.size > 5000) this.texts.clear();
      this.texts.set(key, (text = formatTimeRange(start, end, zone, ui)));
    }
    return text;
  }

  time(instant: number, zone: string, ui: UiLanguage): string {
    const key = `${instant}|${zone}|${ui}`;
    let text = this.texts.get(key);
    if (text === undefined) this.texts.set(key, (text = formatTime(instant, zone, ui)));
    return text;
  }
}
