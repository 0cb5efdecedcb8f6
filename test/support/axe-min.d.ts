/** `axe-core/axe.min.js` ships no types: importing it registers `window.axe` (see `accessibleName`). */
declare module 'axe-core/axe.min.js';
