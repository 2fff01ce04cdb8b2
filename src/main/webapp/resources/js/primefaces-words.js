/*
 * The portal's words for what PrimeFaces' widgets say to screen readers, where its English would
 * read wrongly ("1 results are available"). Loaded after PrimeFaces' locale and before its widgets
 * start (they start when the page is ready).
 */
(function () {
    'use strict';
    if (!window.PrimeFaces || !PrimeFaces.locales) {
        return;
    }
    Object.keys(PrimeFaces.locales).forEach(function (name) {
        var words = PrimeFaces.locales[name];
        words.searchMessage = 'Suggestions: {0}';
        words.emptySearchMessage = 'No suggestions';
    });
})();
