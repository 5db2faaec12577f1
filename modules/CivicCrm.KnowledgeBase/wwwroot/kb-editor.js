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
