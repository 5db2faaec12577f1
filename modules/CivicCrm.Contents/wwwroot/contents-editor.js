// Markdown fields: adds Write / Preview tabs. The preview is rendered and sanitized by the server
// (POST /admin/content/markdown-preview with the form's antiforgery token). Without JavaScript the
// textarea simply stays, and the Preview page shows the saved version.
(function () {
    'use strict';

    function setup(editor) {
        var textarea = editor.querySelector('textarea');
        var preview = editor.querySelector('.markdown-preview');
        var form = editor.closest('form');
        var token = form && form.querySelector('input[name="__RequestVerificationToken"]');
        if (!textarea || !preview || !token) {
            return;
        }

        var tabs = document.createElement('div');
        tabs.className = 'markdown-tabs nav nav-tabs';
        tabs.setAttribute('role', 'tablist');
        var write = tab('Write', true);
        var show = tab('Preview', false);
        tabs.appendChild(write);
        tabs.appendChild(show);
        editor.insertBefore(tabs, textarea);

        function tab(text, selected) {
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

        write.addEventListener('click', function () { select(false); });
        show.addEventListener('click', function () {
            var body = new FormData();
            body.append('markdownText', textarea.value);
            body.append('__RequestVerificationToken', token.value);
            preview.textContent = 'Rendering…';
            select(true);
            fetch('/admin/content/markdown-preview', { method: 'POST', body: body, credentials: 'same-origin' })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status);
                    }
                    return response.text();
                })
                .then(function (html) {
                    // Sanitized on the server; shown as HTML on purpose.
                    preview.innerHTML = html || '<p class="muted">Nothing to preview.</p>';
                })
                .catch(function () {
                    preview.textContent = 'The preview could not be rendered.';
                });
        });
    }

    document.querySelectorAll('[data-markdown-editor]').forEach(setup);
})();
