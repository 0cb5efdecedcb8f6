// The rendering baseline: the smallest useful Lit element, bundled by bench/run.mjs.
import { LitElement, html } from 'lit';

class BenchEmpty extends LitElement {
  render() {
    return html`<p>Empty</p>`;
  }
}
customElements.define('bench-empty', BenchEmpty);
