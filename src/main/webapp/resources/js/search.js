// Suggestions under the header's search box (WAI-ARIA combobox with a listbox): after three
// letters, the best few things the reader may find; arrow keys move, Enter opens, Escape closes.
// The box is a plain GET form, so it works without this script.
(function () {
    "use strict";
    function init() {
        var input = document.getElementById("site-q");
        var list = document.getElementById("site-suggestions");
        if (!input || !list) {
            return;
        }
        var context = document.documentElement.getAttribute("data-context") || "";
        var timer = null, asked = "", active = -1;

        function close() {
            list.hidden = true;
            list.textContent = "";
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }
        function options() {
            return list.querySelectorAll("[role=option]");
        }
        function show(items) {
            list.textContent = "";
            items.forEach(function (item, i) {
                var li = document.createElement("li");
                li.id = "site-suggestion-" + i;
                li.setAttribute("role", "option");
                var a = document.createElement("a");
                a.href = context + item.link;
                a.tabIndex = -1;
                a.textContent = item.title;
                var kind = document.createElement("span");
                kind.className = "suggestion-kind";
                kind.textContent = " " + item.kind;
                a.appendChild(kind);
                li.appendChild(a);
                list.appendChild(li);
            });
            list.hidden = items.length === 0;
            input.setAttribute("aria-expanded", items.length ? "true" : "false");
            active = -1;
        }
        function mark(i) {
            var all = options();
            all.forEach(function (o) { o.removeAttribute("aria-selected"); });
            active = i;
            if (i >= 0 && i < all.length) {
                all[i].setAttribute("aria-selected", "true");
                input.setAttribute("aria-activedescendant", all[i].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }
        function ask() {
            var q = input.value.trim();
            if (q.length < 3) {
                close();
                return;
            }
            if (q === asked) {
                return;
            }
            asked = q;
            fetch(context + "/api/search/suggest?q=" + encodeURIComponent(q), {
                headers: {"X-Portal-Request": "1", "Accept": "application/json"},
                credentials: "same-origin"
            }).then(function (r) { return r.ok ? r.json() : []; })
                .then(function (items) { if (asked === q) { show(items); } })
                .catch(close);
        }
        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(ask, 150);
        });
        input.addEventListener("keydown", function (e) {
            var all = options();
            if (e.key === "ArrowDown" && all.length) {
                e.preventDefault();
                mark((active + 1) % all.length);
            } else if (e.key === "ArrowUp" && all.length) {
                e.preventDefault();
                mark(active <= 0 ? all.length - 1 : active - 1);
            } else if (e.key === "Enter" && active >= 0 && active < all.length) {
                e.preventDefault();
                window.location.href = all[active].querySelector("a").href;
            } else if (e.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", function () { setTimeout(close, 200); });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
