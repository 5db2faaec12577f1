// Knowledge base search box: suggestions as you type from GET /api/kb/suggest. Arrow keys move through them,
// Enter opens one, Escape closes the list. Without JavaScript the box is a plain search form.
(function () {
    'use strict';

    function setup(input) {
        var list = document.getElementById(input.getAttribute('data-kb-suggest'));
        if (!list) {
            return;
        }

        var timer = null;
        var active = -1;
        var latest = 0;

        function close() {
            list.hidden = true;
            list.textContent = '';
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }

        function options() {
            return list.querySelectorAll('[role="option"]');
        }

        function highlight(index) {
            var all = options();
            if (all.length === 0) {
                return;
            }
            active = (index + all.length) % all.length;
            all.forEach(function (option, i) {
                option.classList.toggle('active', i === active);
                option.setAttribute('aria-selected', i === active ? 'true' : 'false');
            });
            input.setAttribute('aria-activedescendant', all[active].id);
        }

        function show(suggestions) {
            list.textContent = '';
            active = -1;
            suggestions.forEach(function (suggestion, i) {
                var item = document.createElement('li');
                item.className = 'list-group-item list-group-item-action';
                item.id = list.id + '-' + i;
                item.setAttribute('role', 'option');
                item.setAttribute('aria-selected', 'false');
                item.textContent = suggestion.text;
                item.dataset.url = suggestion.url || ('/kb/search?q=' + encodeURIComponent(suggestion.text));
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    window.location.href = item.dataset.url;
                });
                list.appendChild(item);
            });
            list.hidden = suggestions.length === 0;
            input.setAttribute('aria-expanded', suggestions.length > 0 ? 'true' : 'false');
        }

        function fetchSuggestions() {
            var text = input.value.trim();
            if (text.length < 2) {
                close();
                return;
            }
            var ticket = ++latest;
            fetch('/api/kb/suggest?q=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (suggestions) {
                    if (ticket === latest) {
                        show(suggestions);
                    }
                })
                .catch(close);
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, 150);
        });
        input.addEventListener('keydown', function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                window.location.href = options()[active].dataset.url;
            } else if (event.key === 'Escape') {
                close();
            }
        });
        input.addEventListener('blur', function () { window.setTimeout(close, 100); });
    }

    document.querySelectorAll('input[data-kb-suggest]').forEach(setup);
})();
