// The knowledge base editor's body field: Write / Preview tabs. The preview is rendered and sanitized by the server
// (POST /admin/kb/markdown-preview with the form's antiforgery token), exactly as the public page will show it.
(function () {
    'use strict';

    document.querySelectorAll('[data-kb-markdown]').forEach(function (editor) {
        var textarea = editor.querySelector('textarea');
        var preview = editor.querySelector('.markdown-preview');
        var form = editor.closest('form');
        var token = form && form.querySelector('input[name="__RequestVerificationToken"]');
        if (!textarea || !preview || !token) {
            return;
        }

        var tabs = document.createElement('div');
        tabs.className = 'nav nav-tabs mb-2';
        tabs.setAttribute('role', 'tablist');
        var write = makeTab('Write', true);
        var show = makeTab('Preview', false);
        tabs.appendChild(write);
        tabs.appendChild(show);
        editor.insertBefore(tabs, textarea);

        function makeTab(text, selected) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'nav-link' + (selected ? ' active' : '');
            button.setAttribute('role', 'tab');
            button.setAttribute('aria-selected', selected ? 'true' : 'false');
            button.textContent = text;
            return button;
        }

        function select(showPreview) {
            write.classList.toggle('active', !showPreview);
            show.classList.toggle('active', showPreview);
            write.setAttribute('aria-selected', String(!showPreview));
            show.setAttribute('aria-selected', String(showPreview));
            textarea.hidden = showPreview;
            preview.hidden = !showPreview;
        }

        write.addEventListener('click', function () { select(false); textarea.focus(); });
        show.addEventListener('click', function () {
            var body = new FormData();
            body.append('markdownText', textarea.value);
            body.append('__RequestVerificationToken', token.value);
            preview.textContent = 'Rendering…';
            select(true);
            fetch('/admin/kb/markdown-preview', { method: 'POST', body: body, credentials: 'same-origin' })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status);
                    }
                    return response.text();
                })
                .then(function (html) {
                    // Sanitized on the server; shown as HTML on purpose.
                    preview.innerHTML = html || '<p class="text-body-secondary">Nothing to preview.</p>';
                })
                .catch(function () { preview.textContent = 'The preview could not be rendered.'; });
        });
    });
})();

// The call script's steps: move a step up or down and add rows without saving first. Rows keep their field names
// (Steps[0], Steps[1], ...): moving swaps the values of two rows, so the form posts the steps in the order shown.
(function () {
    'use strict';

    document.querySelectorAll('[data-kb-steps]').forEach(function (table) {
        var body = table.tBodies[0];
        if (!body || body.rows.length === 0) {
            return;
        }

        function fields(row) {
            return Array.prototype.slice.call(row.querySelectorAll('input, select, textarea'));
        }

        function swap(a, b) {
            var from = fields(a);
            var to = fields(b);
            from.forEach(function (field, i) {
                var value = field.value;
                field.value = to[i].value;
                to[i].value = value;
            });
        }

        function button(text, label, onClick) {
            var element = document.createElement('button');
            element.type = 'button';
            element.className = 'btn btn-outline-secondary btn-sm me-1';
            element.textContent = text;
            element.setAttribute('aria-label', label);
            element.addEventListener('click', onClick);
            return element;
        }

        function decorate(row) {
            var cell = row.querySelector('[data-kb-step-order]');
            if (!cell) {
                return;
            }
            cell.textContent = '';
            var position = row.sectionRowIndex + 1;
            cell.appendChild(button('\u2191', 'Move step ' + position + ' up', function () {
                var previous = row.previousElementSibling;
                if (previous) {
                    swap(row, previous);
                    fields(previous)[2].focus();
                }
            }));
            cell.appendChild(button('\u2193', 'Move step ' + position + ' down', function () {
                var next = row.nextElementSibling;
                if (next) {
                    swap(row, next);
                    fields(next)[2].focus();
                }
            }));
        }

        Array.prototype.forEach.call(body.rows, decorate);

        var add = document.createElement('button');
        add.type = 'button';
        add.className = 'btn btn-outline-secondary btn-sm';
        add.textContent = 'Add a step';
        add.addEventListener('click', function () {
            var last = body.rows[body.rows.length - 1];
            var index = body.rows.length;
            var row = last.cloneNode(true);
            fields(row).forEach(function (field) {
                field.name = field.name.replace(/Steps\[\d+\]/, 'Steps[' + index + ']');
                var label = field.getAttribute('aria-label');
                if (label) {
                    field.setAttribute('aria-label', label.replace(/Step \d+/, 'Step ' + (index + 1)));
                }
                field.value = field.tagName === 'SELECT' ? field.options[0].value : '';
            });
            body.appendChild(row);
            decorate(row);
            fields(row)[0].focus();
        });
        table.insertAdjacentElement('afterend', add);
    });
})();
