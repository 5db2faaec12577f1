// The call-taker's knowledge panel: call scripts shown one step at a time (an answer jumps to its step), and a
// search box whose results open inside the panel, so the intake form and what was typed in it stay as they are.
// Everything is reachable by keyboard: Tab to a result or an answer, Enter to follow it, Escape to close an answer.
(function () {
    'use strict';

    function enhanceScript(list) {
        if (list.hasAttribute('data-enhanced')) {
            return;
        }
        var steps = Array.prototype.slice.call(list.querySelectorAll('[data-step]'));
        if (steps.length === 0) {
            return;
        }
        list.setAttribute('data-enhanced', '');

        function show(id, focus) {
            var target = steps.filter(function (s) { return s.getAttribute('data-step') === id; })[0];
            if (!target) {
                return;
            }
            steps.forEach(function (s) {
                if (s.classList.contains('kb-current') && s !== target) {
                    s.classList.remove('kb-current');
                    s.classList.add('kb-done');
                }
            });
            target.classList.remove('kb-done');
            target.classList.add('kb-current');
            if (focus) {
                target.focus();
            }
        }

        list.addEventListener('click', function (event) {
            var link = event.target.closest('[data-goto]');
            if (!link || !list.contains(link)) {
                return;
            }
            event.preventDefault();
            show(link.getAttribute('data-goto'), true);
        });

        var restart = document.createElement('button');
        restart.type = 'button';
        restart.className = 'btn btn-sm btn-link px-0';
        restart.textContent = 'Start the script again';
        restart.addEventListener('click', function () {
            steps.forEach(function (s) { s.classList.remove('kb-current', 'kb-done'); });
            show(steps[0].getAttribute('data-step'), true);
        });
        list.parentNode.insertBefore(restart, list.nextSibling);
        show(steps[0].getAttribute('data-step'), false);
    }

    function setupPanel(panel) {
        var input = panel.querySelector('#kb-panel-q');
        var results = panel.querySelector('#kb-panel-results');
        var status = panel.querySelector('#kb-panel-status');
        var viewer = panel.querySelector('#kb-panel-item');
        if (!input || !results || !viewer) {
            return;
        }
        var timer = null;
        var ticket = 0;

        function closeViewer() {
            viewer.hidden = true;
            viewer.textContent = '';
            input.focus();
        }

        function open(id) {
            status.textContent = 'Opening…';
            fetch('/admin/kb/panel/' + encodeURIComponent(id), { credentials: 'same-origin' })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status);
                    }
                    return response.text();
                })
                .then(function (html) {
                    // Rendered and sanitized by the server.
                    viewer.innerHTML = html;
                    viewer.hidden = false;
                    status.textContent = '';
                    viewer.querySelectorAll('[data-kb-script]').forEach(enhanceScript);
                    viewer.querySelector('[data-kb-panel-close]').addEventListener('click', closeViewer);
                    viewer.focus();
                })
                .catch(function () { status.textContent = 'The answer could not be opened.'; });
        }

        function render(data) {
            results.textContent = '';
            status.textContent = data.total === 0 ? 'No answers found. Try other words.' : data.total + ' found';
            data.hits.forEach(function (hit) {
                var item = document.createElement('li');
                item.className = 'list-group-item p-0';
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'btn btn-link text-start w-100 px-3 py-2';
                button.setAttribute('data-kb-open', hit.id);
                var title = document.createElement('span');
                title.className = 'd-block fw-semibold';
                title.textContent = hit.title + (hit.type === 'script' ? ' (script)' : '');
                button.appendChild(title);
                var snippets = hit.highlights.body || hit.highlights.summary || [];
                if (snippets.length > 0) {
                    var snippet = document.createElement('span');
                    snippet.className = 'd-block small text-body-secondary';
                    // The engine HTML-encodes the text and wraps matches in <mark>.
                    snippet.innerHTML = snippets[0];
                    button.appendChild(snippet);
                }
                button.addEventListener('click', function () { open(hit.id); });
                item.appendChild(button);
                results.appendChild(item);
            });
        }

        function searchNow() {
            var text = input.value.trim();
            if (text.length < 2) {
                results.textContent = '';
                status.textContent = '';
                return;
            }
            var mine = ++ticket;
            fetch('/api/kb/search?top=8&q=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status);
                    }
                    return response.json();
                })
                .then(function (data) {
                    if (mine === ticket) {
                        render(data);
                    }
                })
                .catch(function () { status.textContent = 'Search is not available right now.'; });
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(searchNow, 200);
        });
        input.form.addEventListener('submit', function (event) {
            event.preventDefault();
            var first = results.querySelector('[data-kb-open]');
            if (first) {
                open(first.getAttribute('data-kb-open'));
            } else {
                searchNow();
            }
        });
        panel.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && !viewer.hidden) {
                event.preventDefault();
                closeViewer();
            }
        });
    }

    document.querySelectorAll('[data-kb-script]').forEach(enhanceScript);
    document.querySelectorAll('[data-kb-panel]').forEach(setupPanel);
})();
