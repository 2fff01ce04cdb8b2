/*
 * Drafts: a text area with data-draft-url is saved to the server every few seconds while it
 * changes, and restored from there when the member comes back to an empty form.
 */
(function () {
    'use strict';
    var HEADERS = { 'X-Portal-Request': '1' };

    function status(area) {
        var element = document.createElement('p');
        element.className = 'draft-status hint';
        element.id = area.id + '-draft-status';
        element.setAttribute('aria-live', 'polite');
        area.parentNode.insertBefore(element, area.nextSibling);
        return element;
    }

    function time() {
        return new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    }

    document.querySelectorAll('textarea[data-draft-url]').forEach(function (area) {
        var url = area.getAttribute('data-draft-url');
        if (!url) {
            return;
        }
        var shown = status(area);
        var saved = area.value;
        if (!area.value) {
            fetch(url, { headers: HEADERS, credentials: 'same-origin' })
                .then(function (response) { return response.status === 200 ? response.text() : null; })
                .then(function (text) {
                    if (text && !area.value) {
                        area.value = text;
                        saved = text;
                        shown.textContent = 'Your draft was restored.';
                    }
                });
        }
        var timer = setInterval(function () {
            var body = area.value;
            if (body === saved) {
                return;
            }
            fetch(url, {
                method: 'PUT',
                headers: Object.assign({ 'Content-Type': 'text/plain;charset=UTF-8' }, HEADERS),
                credentials: 'same-origin',
                body: body
            }).then(function (response) {
                if (response.ok) {
                    saved = body;
                    shown.textContent = 'Draft saved at ' + time() + '.';
                }
            });
        }, 3000);
        if (area.form) {
            area.form.addEventListener('submit', function () { clearInterval(timer); });
        }
    });
}());
