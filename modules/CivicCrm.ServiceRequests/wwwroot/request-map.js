// The request map (Leaflet), one component for every map of the product:
//  - data-map-points: a JSON array of { lat, long, label, url } drawn as circle markers (list, detail pages);
//  - data-map-input="latId,longId": a "place on a map" input; a click (or Enter on the map at its centre) sets the
//    two fields, typing in the fields moves the marker.
// Tiles come only from data-tile-url (the city's own tile server). Without one the points are drawn on a plain
// background with a scale: honest, and nothing is loaded from the internet.
(function () {
    'use strict';
    if (typeof L === 'undefined') { return; }

    function number(value) {
        var parsed = value === null || value === undefined || String(value).trim() === '' ? NaN : Number(value);
        return isFinite(parsed) ? parsed : null;
    }

    function create(element) {
        var tileUrl = element.dataset.tileUrl;
        var center = [number(element.dataset.centerLat) || 0, number(element.dataset.centerLong) || 0];
        var map = L.map(element, { center: center, zoom: 15, maxZoom: number(element.dataset.maxZoom) || 19, keyboard: true });
        if (tileUrl) {
            L.tileLayer(tileUrl, { maxZoom: number(element.dataset.maxZoom) || 19, attribution: element.dataset.tileAttribution || '' }).addTo(map);
        } else {
            element.classList.add('request-map-plain');
        }
        L.control.scale({ imperial: true, metric: true }).addTo(map);
        map.attributionControl.setPrefix(false);
        return map;
    }

    function pointsMap(element) {
        var points = JSON.parse(element.dataset.mapPoints || '[]').filter(function (p) { return number(p.lat) !== null && number(p['long']) !== null; });
        var map = create(element);
        var bounds = [];
        points.forEach(function (point) {
            var marker = L.circleMarker([point.lat, point['long']], { radius: 7, color: '#0b4f8a', weight: 2, fillColor: '#2f80ed', fillOpacity: 0.8 }).addTo(map);
            if (point.label) {
                var content = document.createElement(point.url ? 'a' : 'span');
                content.textContent = point.label;
                if (point.url) { content.href = point.url; }
                marker.bindPopup(content);
                marker.bindTooltip(point.label);
            }
            bounds.push([point.lat, point['long']]);
        });
        if (bounds.length === 1) {
            map.setView(bounds[0], 17);
        } else if (bounds.length > 1) {
            map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
        }
        element.dataset.mapReady = String(points.length);
    }

    function inputMap(element) {
        var ids = element.dataset.mapInput.split(',');
        var lat = document.getElementById(ids[0]);
        var lon = document.getElementById(ids[1]);
        if (!lat || !lon) { return; }
        var map = create(element);
        var marker = null;

        function place(latitude, longitude, pan) {
            if (marker) { marker.setLatLng([latitude, longitude]); }
            else { marker = L.circleMarker([latitude, longitude], { radius: 8, color: '#8a3b0b', weight: 2, fillColor: '#ed7b2f', fillOpacity: 0.9 }).addTo(map); }
            if (pan) { map.panTo([latitude, longitude]); }
        }

        function set(latitude, longitude) {
            lat.value = latitude.toFixed(6);
            lon.value = longitude.toFixed(6);
            place(latitude, longitude, false);
            // Listeners of the fields (live duplicate candidates) hear about the new point.
            lat.dispatchEvent(new Event('input', { bubbles: true }));
            lon.dispatchEvent(new Event('change', { bubbles: true }));
        }

        map.on('click', function (event) { set(event.latlng.lat, event.latlng.lng); });
        element.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && event.target === element) {
                event.preventDefault();
                var c = map.getCenter();
                set(c.lat, c.lng);
            }
        });
        [lat, lon].forEach(function (field) {
            field.addEventListener('change', function () {
                var a = number(lat.value), b = number(lon.value);
                if (a !== null && b !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180) { place(a, b, true); }
            });
        });
        var a = number(lat.value), b = number(lon.value);
        if (a !== null && b !== null) { place(a, b, true); map.setView([a, b], 17); }
        element.dataset.mapReady = 'input';
    }

    document.querySelectorAll('[data-map-points]').forEach(pointsMap);
    document.querySelectorAll('[data-map-input]').forEach(inputMap);
})();
