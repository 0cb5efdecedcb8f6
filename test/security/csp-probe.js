// Records what a strict-CSP page sees, for test/security/csp.test.ts (which reads
// `window.__aictProbe` from the same-origin iframe). A classic script from 'self', loaded
// before the widgets, so it sees everything they do.
(function () {
  var probe = { violations: [], errors: [], warnings: [], loads: [], failures: [] };
  window.__aictProbe = probe;
  var script = document.currentScript;
  // The DOMParser + Trusted Types policy path of the sanitizer, in browsers that have the
  // Sanitizer API's Document.parseHTML.
  if (script && script.dataset.parser === 'dom-parser') {
    try {
      delete Document.parseHTML;
    } catch (e) {
      probe.errors.push('could not remove Document.parseHTML: ' + e);
    }
  }
  document.addEventListener('securitypolicyviolation', function (e) {
    probe.violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '') + ' @' + (e.sourceFile || '') + ':' + e.lineNumber);
  });
  window.addEventListener('error', function (e) {
    probe.errors.push(String(e.message || e.error || e));
  });
  window.addEventListener('unhandledrejection', function (e) {
    probe.errors.push('unhandled rejection: ' + String(e.reason));
  });
  var warn = console.warn;
  console.warn = function () {
    probe.warnings.push(Array.prototype.join.call(arguments, ' '));
    return warn.apply(console, arguments);
  };
  document.addEventListener('aict-load', function (e) {
    probe.loads.push(e.target.getAttribute('session-id'));
  });
  document.addEventListener('aict-error', function (e) {
    probe.failures.push(e.target.getAttribute('session-id') + ':' + e.detail.code);
  });
})();
