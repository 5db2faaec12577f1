// Live duplicate candidates on the call-taker screen: while the address or the point is typed, ask the
// duplicate-candidates API (debounced) and list the open reports the caller may be describing, each with a button
// that files the call under that problem. The server checks again when the form is submitted.
(function () {
    'use strict';
    var section = document.getElementById('live-candidates');
    if (!section) { return; }
    var list = section.querySelector('ul');
    var status = document.getElementById('live-candidates-status');
    var form = section.closest('form');
    var fields = ['address', 'lat', 'long'].map(function (id) { return document.getElementById(id); }).filter(Boolean);
    var timer = null;
    var pending = null;
    var lastQuery = '';

    function number(input) {
        var value = input ? input.value.trim() : '';
        return value !== '' && isFinite(Number(value)) ? value : null;
    }

    function query() {
        var params = new URLSearchParams({ service_code: section.dataset.serviceCode });
        var address = form.elements.address ? form.elements.address.value.trim() : '';
        var lat = number(form.elements.lat);
        var lon = number(form.elements['long']);
        if (address.length >= 4) { params.set('address_string', address); }
        if (lat !== null && lon !== null) { params.set('lat', lat); params.set('long', lon); }
        return params.has('address_string') || params.has('lat') ? params.toString() : '';
    }

    function clear() {
        list.replaceChildren();
        section.hidden = true;
    }

    function show(candidates) {
        list.replaceChildren();
        candidates.slice(0, 5).forEach(function (candidate) {
            var item = document.createElement('li');
            item.className = 'd-flex flex-wrap justify-content-between align-items-center gap-2 mb-2';
            var text = document.createElement('span');
            var link = document.createElement('a');
            link.href = '/admin/requests/' + encodeURIComponent(candidate.service_request_id);
            link.textContent = candidate.service_request_id;
            text.append(link, ' · ' + (candidate.address || 'map point') + ' · '
                + new Date(candidate.requested_datetime).toLocaleDateString(undefined, { month: 'short', day: 'numeric' })
                + (candidate.distance_m === null || candidate.distance_m === undefined ? '' : ' · ' + Math.round(candidate.distance_m) + ' m'));
            var button = document.createElement('button');
            button.type = 'submit';
            button.name = 'problem_id';
            button.value = String(candidate.problem_id);
            button.className = 'btn btn-sm btn-primary';
            button.textContent = 'Add to ' + candidate.service_request_id;
            item.append(text, button);
            list.append(item);
        });
        section.hidden = candidates.length === 0;
        status.textContent = candidates.length === 0 ? ''
            : candidates.length + ' open report' + (candidates.length === 1 ? '' : 's') + ' near this location.';
    }

    function refresh() {
        var current = query();
        if (current === lastQuery) { return; }
        lastQuery = current;
        if (pending) { pending.abort(); }
        if (!current) { clear(); return; }
        pending = new AbortController();
        fetch(section.dataset.url + '?' + current, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: pending.signal })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(show)
            .catch(function (error) { if (error.name !== 'AbortError') { clear(); } });
    }

    fields.forEach(function (field) {
        field.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(refresh, 350);
        });
        field.addEventListener('change', refresh);
    });
    refresh();
})();
