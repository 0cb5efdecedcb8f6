/**
 * Sets custom properties on an element through CSSOM (`style.setProperty`), which strict CSP
 * allows, unlike `style=` attributes. Values must already be safe (see `safeColor`).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssPropsDirective extends Directive {
  private previous: Record<string, string> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element');
  }

  render(_props: Record<string, string | undefined>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.previous)) {
      if (props[name] === undefined) style.removeProperty(name);
    }
    const next: Record<string, string> = {};
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      next[name] = value;
      if (this.previous[name] !== value) style.setProperty(name, value);
    }
    this.previous = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
