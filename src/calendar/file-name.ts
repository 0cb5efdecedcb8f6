/**
 * A file name for the download: the session id (or `programme`) made safe, with `.ics`.
 * Apart from the writer (`ics.ts`), which elements load on the first click.
 */
export function calendarFileName(base: string): string {
  const safe = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${safe || 'programme'}.ics`;
}
