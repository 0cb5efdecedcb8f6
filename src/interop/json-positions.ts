/**
 * Where a JSON path (`sessions[7].start`, as the feed's warnings give them) is in the text of
 * the file: line and column, so an editor can jump there. One pass over the text, no tree.
 */

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (what editors count for the BMP). */
  readonly column: number;
}

interface Frame {
  readonly array: boolean;
  readonly path: string;
  index: number;
  key: string | undefined;
}

function step(parent: Frame): string {
  if (parent.array) return `${parent.path}[${parent.index}]`;
  const key = parent.key ?? '';
  const plain = /^[A-Za-z_$][\w$]*$/.test(key);
  if (!parent.path) return plain ? key : `[${JSON.stringify(key)}]`;
  return plain ? `${parent.path}.${key}` : `${parent.path}[${JSON.stringify(key)}]`;
}

/**
 * The position of each wanted path's value in `text` (valid JSON). A path that is not there
 * (a field the feed lacks) gets its nearest ancestor's position.
 */
export function locatePaths(text: string, wanted: Iterable<string>): Map<string, Position> {
  const targets = new Set<string>();
  for (const path of wanted) {
    // The path itself and its ancestors, for the fallback.
    for (let p = path; p; p = p.replace(/(?:\.[^.[\]]+|\[[^\]]*\])$/, '')) {
      if (targets.has(p)) break;
      targets.add(p);
      if (!/[.[]/.test(p)) break;
    }
  }
  const found = new Map<string, Position>();
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  let expectKey = false;
  const at = (i: number): Position => ({ line, column: i - lineStart + 1 });
  const valueStarts = (i: number) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const path = step(parent);
    if (targets.has(path) && !found.has(path)) found.set(path, at(i));
  };
  const pathOfNew = () => {
    const parent = stack[stack.length - 1];
    return parent ? step(parent) : '';
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 0xfeff) continue;
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        top.key = JSON.parse(text.slice(i, j + 1)) as string;
        expectKey = false;
      } else valueStarts(i);
      i = j;
    } else if (ch === ':') {
      // the value follows
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else if (top) expectKey = true;
    } else if (ch === '{' || ch === '[') {
      valueStarts(i);
      const path = pathOfNew();
      stack.push({ array: ch === '[', path, index: 0, key: undefined });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
    } else {
      // number, true, false, null
      valueStarts(i);
      let j = i;
      while (j + 1 < text.length && /[^\s,\]}]/.test(text[j + 1])) j++;
      i = j;
    }
  }

  const result = new Map<string, Position>();
  for (const path of wanted) {
    for (let p = path; ; ) {
      const position = found.get(p);
      if (position) {
        result.set(path, position);
        break;
      }
      const parent = p.replace(/(?:\.[^.[\]]+|\[[^\]]*\])$/, '');
      if (parent === p || !parent) break;
      p = parent;
    }
  }
  return result;
}

/** Line and column of a character offset (for JSON syntax errors, which V8 gives as a position). */
export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
