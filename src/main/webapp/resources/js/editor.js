/*
 * The writing form: a live preview of the Markdown (rendered and sanitized by the server, exactly
 * as it will be posted), @mention suggestions, and quoting a selection of a post.
 */
(function () {
    'use strict';
    var HEADERS = { 'X-Portal-Request': '1' };
    var base = document.documentElement.getAttribute('data-context') || '';

    function preview(area) {
        var region = document.createElement('section');
        region.className = 'preview';
        region.id = area.id + '-preview';
        region.setAttribute('aria-label', 'Preview');
        region.innerHTML = '<p class="preview-heading">Preview</p><div class="post-body preview-body"></div>';
        var target = region.querySelector('.preview-body');
        var group = area.closest('.form-group') || area.parentNode;
        group.parentNode.insertBefore(region, group.nextSibling);
        var timer = null;
        var shown = null;
        var previewed = 0;
        function refresh() {
            var text = area.value;
            if (text === shown) {
                return;
            }
            shown = text;
            var request = ++previewed;
            fetch(base + '/api/editor/preview', {
                method: 'POST', credentials: 'same-origin', body: text,
                headers: Object.assign({ 'Content-Type': 'text/plain;charset=UTF-8' }, HEADERS)
            }).then(function (r) { return r.ok ? r.text() : null; })
              .then(function (html) {
                  if (html !== null && request === previewed) {
                      // The server's HTML has passed its allow-list sanitizer, as posts do.
                      target.innerHTML = html;
                  }
              });
        }
        area.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(refresh, 500);
        });
        if (area.value) {
            refresh();
        }
    }

    function mentions(area) {
        var list = document.createElement('ul');
        list.className = 'mention-list';
        list.id = area.id + '-mentions';
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', 'Members to mention');
        list.hidden = true;
        area.parentNode.insertBefore(list, area.nextSibling);
        area.setAttribute('aria-controls', list.id);
        var active = -1;

        function word() {
            var before = area.value.slice(0, area.selectionStart);
            var match = /(^|[\s(])@([A-Za-z0-9._-]{1,40})$/.exec(before);
            return match ? match[2] : null;
        }
        function close() {
            list.hidden = true;
            list.innerHTML = '';
            active = -1;
        }
        function choose(username) {
            var caret = area.selectionStart;
            var before = area.value.slice(0, caret).replace(/@([A-Za-z0-9._-]{1,40})$/, '@' + username + ' ');
            area.value = before + area.value.slice(caret);
            area.selectionStart = area.selectionEnd = before.length;
            area.dispatchEvent(new Event('input'));
            close();
            area.focus();
        }
        function highlight(index) {
            var items = list.querySelectorAll('li');
            items.forEach(function (item, i) { item.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
            active = index;
        }
        var asked = 0;
        area.addEventListener('input', function () {
            var prefix = word();
            var request = ++asked;
            if (!prefix) {
                close();
                return;
            }
            fetch(base + '/api/editor/mentions?q=' + encodeURIComponent(prefix), { credentials: 'same-origin', headers: HEADERS })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (people) {
                    if (request !== asked) {
                        return; // an answer to an older question, overtaken while the member typed on
                    }
                    list.innerHTML = '';
                    people.forEach(function (person) {
                        var item = document.createElement('li');
                        item.setAttribute('role', 'option');
                        item.className = 'mention-option';
                        item.textContent = person.name + ' (@' + person.username + ')';
                        item.addEventListener('mousedown', function (event) {
                            event.preventDefault();
                            choose(person.username);
                        });
                        item.dataset.username = person.username;
                        list.appendChild(item);
                    });
                    list.hidden = people.length === 0;
                    highlight(people.length ? 0 : -1);
                });
        });
        area.addEventListener('keydown', function (event) {
            if (list.hidden) {
                return;
            }
            var items = list.querySelectorAll('li');
            if (event.key === 'ArrowDown') {
                highlight((active + 1) % items.length);
                event.preventDefault();
            } else if (event.key === 'ArrowUp') {
                highlight((active - 1 + items.length) % items.length);
                event.preventDefault();
            } else if ((event.key === 'Enter' || event.key === 'Tab') && active >= 0) {
                choose(items[active].dataset.username);
                event.preventDefault();
            } else if (event.key === 'Escape') {
                close();
            }
        });
        area.addEventListener('blur', function () { setTimeout(close, 150); });
    }

    function quoteSelection(area) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'button button-secondary quote-selection';
        button.id = 'quote-selection';
        button.textContent = 'Quote selection';
        button.hidden = true;
        document.body.appendChild(button);
        var pending = null;
        document.addEventListener('selectionchange', function () {
            var selection = document.getSelection();
            var text = selection ? selection.toString().trim() : '';
            var node = selection && selection.anchorNode ? selection.anchorNode.parentElement : null;
            var post = node ? node.closest('.post') : null;
            if (!text || !post || !post.querySelector('.post-body').contains(node)) {
                button.hidden = true;
                return;
            }
            pending = { text: text, post: post };
            var rect = selection.getRangeAt(0).getBoundingClientRect();
            button.style.top = (window.scrollY + rect.bottom + 8) + 'px';
            button.style.left = (window.scrollX + rect.left) + 'px';
            button.hidden = false;
        });
        button.addEventListener('click', function () {
            if (!pending) {
                return;
            }
            var quote = pending.text.split(/\r?\n/).map(function (line) { return '> ' + line; }).join('\n');
            quote += '\n>\n> — ' + pending.post.getAttribute('data-author') + ', [post #'
                + pending.post.getAttribute('data-number') + '](' + pending.post.getAttribute('data-link') + ')\n\n';
            area.value = (area.value ? area.value.replace(/\s*$/, '\n\n') : '') + quote;
            var replyTo = document.getElementById('reply-form:reply-to');
            if (replyTo && !replyTo.value) {
                replyTo.value = pending.post.getAttribute('data-number');
            }
            area.dispatchEvent(new Event('input'));
            button.hidden = true;
            area.focus();
        });
    }

    document.querySelectorAll('textarea[data-editor="true"]').forEach(function (area) {
        preview(area);
        mentions(area);
        if (area.id === 'reply-form:body') {
            quoteSelection(area);
        }
    });

    document.querySelectorAll('[data-add-tag]').forEach(function (chip) {
        chip.addEventListener('click', function () {
            var input = document.getElementById(chip.getAttribute('data-for'));
            var tags = input.value.split(/[\s,]+/).filter(Boolean);
            if (tags.indexOf(chip.getAttribute('data-add-tag')) < 0) {
                tags.push(chip.getAttribute('data-add-tag'));
            }
            input.value = tags.join(' ');
        });
    });
}());
