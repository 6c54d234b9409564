/* The aid-flow graph: nodes on a circle, one curved arrow per flow (donor -> recipient),
   coloured by status (CSS classes status-*) and labelled by item; filters by state, category, status.
   Data: /queries/aid-flows.json. Drawn as plain SVG, no library. */
(function () {
  "use strict";
  var svg = document.getElementById("graph");
  var NS = svg.namespaceURI;  // the SVG namespace, taken from the element the page already has
  var W = 900, H = 600, R = 28;
  var detail = document.getElementById("edge-detail");
  var count = document.getElementById("graph-count");
  var pick = { state: document.getElementById("f-state"), category: document.getElementById("f-category"),
               status: document.getElementById("f-status") };
  var flows = [];

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function cut(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }

  function visible() {
    var state = pick.state.value, category = pick.category.value, status = pick.status.value;
    return flows.filter(function (f) {
      return (!state || f.donor === state || f.recipient === state) &&
             (!status || f.status === status) &&
             (!category || f.category.split("; ").indexOf(category) >= 0);
    });
  }

  function draw() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var defs = el("defs", {}, svg);
    Array.prototype.forEach.call(pick.status.options, function (o) {
      var name = o.value || "unspecified";
      var marker = el("marker", { id: "arrow-" + name, viewBox: "0 0 10 10", refX: "10", refY: "5",
        markerWidth: "14", markerHeight: "14", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse", "class": "arrow status-" + name }, defs);
      el("path", { d: "M 0 0 L 10 5 L 0 10 z" }, marker);
    });
    var shown = visible();
    var names = [];
    shown.forEach(function (f) {
      [f.donor, f.recipient].forEach(function (n) { if (names.indexOf(n) < 0) names.push(n); });
    });
    names.sort();
    var pos = {};
    var cx = W / 2, cy = H / 2, ring = Math.min(W, H) / 2 - 70;
    names.forEach(function (n, i) {
      var angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(names.length, 1);
      pos[n] = names.length === 1 ? { x: cx, y: cy } : { x: cx + ring * Math.cos(angle), y: cy + ring * Math.sin(angle) };
    });
    // One arrow per donor, recipient and status (its flows' items as label); arrows between
    // the same two nodes fan out as curves with growing bends.
    var arrows = {}, order = [];
    shown.forEach(function (f) {
      var key = [f.donor, f.recipient, f.status].join("\u0000");
      if (!arrows[key]) { arrows[key] = { donor: f.donor, recipient: f.recipient, status: f.status || "unspecified", flows: [] }; order.push(key); }
      arrows[key].flows.push(f);
    });
    var pairs = {};
    order.forEach(function (key) {
      var a = arrows[key], pair = [a.donor, a.recipient].sort().join("\u0000");
      (pairs[pair] = pairs[pair] || []).push(a);
    });
    var edges = el("g", { "class": "edges" }, svg);
    var placed = [];  // boxes of the labels placed so far
    Object.keys(pairs).forEach(function (key) {
      var group = pairs[key];
      group.forEach(function (arrow, k) {
        var a = pos[arrow.donor], b = pos[arrow.recipient];
        var first = [arrow.donor, arrow.recipient].sort()[0];
        var p = pos[first], q = first === arrow.donor ? b : a;
        var dx = q.x - p.x, dy = q.y - p.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
        var nx = -dy / len, ny = dx / len;
        var bend = (k - (group.length - 1) / 2) * 70;
        var mx = (a.x + b.x) / 2 + nx * bend, my = (a.y + b.y) / 2 + ny * bend;
        function rim(from, to) {  // start and end on the node circles, aimed at the control point
          var ex = to.x - from.x, ey = to.y - from.y, l = Math.sqrt(ex * ex + ey * ey) || 1;
          return { x: from.x + ex / l * R, y: from.y + ey / l * R };
        }
        var s = rim(a, { x: mx, y: my }), t = rim(b, { x: mx, y: my });
        var items = arrow.flows.map(function (f) { return f.item; });
        var g = el("g", { "class": "edge status-" + arrow.status, tabindex: "0", "data-flows": arrow.flows.length }, edges);
        el("title", {}, g).textContent = arrow.donor + " → " + arrow.recipient + " (" + arrow.status + "): " + items.join("; ");
        el("path", { d: "M " + s.x + " " + s.y + " Q " + mx + " " + my + " " + t.x + " " + t.y,
                     "marker-end": "url(#arrow-" + arrow.status + ")", "stroke-width": Math.min(2 + arrow.flows.length, 8) }, g);
        var label = el("text", { "text-anchor": "middle", "class": "edge-label" }, g);
        label.textContent = cut(items[0], 24) + (items.length > 1 ? " +" + (items.length - 1) : "");
        placed.push(place(label, s, { x: mx, y: my }, t, placed));
        g.addEventListener("click", function () { show(arrow); });
      });
    });
    var nodes = el("g", { "class": "nodes" }, svg);
    names.forEach(function (n) {
      var g = el("g", { "class": "node", transform: "translate(" + pos[n].x + "," + pos[n].y + ")" }, nodes);
      el("circle", { r: R }, g);
      var t = el("text", { "text-anchor": "middle", dy: "0.35em" }, g);
      t.textContent = cut(n, 14);
      el("title", {}, g).textContent = n;
      g.addEventListener("click", function () { pick.state.value = n; draw(); });
    });
    count.textContent = shown.length + " flow" + (shown.length === 1 ? "" : "s") + " in " + order.length + " arrow" +
      (order.length === 1 ? "" : "s") + " between " + names.length + " node" + (names.length === 1 ? "" : "s") + " (click an arrow for its flows)";
  }

  // Put a label on its curve, at the first point (from 40% of the way, moving outwards) where it
  // overlaps no label placed before; returns its box.
  function place(label, s, m, t, boxes) {
    var tries = [0.4, 0.3, 0.5, 0.22, 0.6, 0.15, 0.7], box = null;
    for (var i = 0; i < tries.length; i++) {
      var u = tries[i], v = 1 - u;
      label.setAttribute("x", v * v * s.x + 2 * v * u * m.x + u * u * t.x);
      label.setAttribute("y", v * v * s.y + 2 * v * u * m.y + u * u * t.y);
      box = label.getBBox();
      if (!boxes.some(function (b) { return overlaps(b, box); })) break;
    }
    return box;
  }
  function overlaps(a, b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }

  function show(arrow) {
    var esc = function (s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); };
    detail.innerHTML = "<h2>" + esc(arrow.donor) + " → " + esc(arrow.recipient) + " <small>(" + esc(arrow.status) + ")</small></h2><ul>" +
      arrow.flows.map(function (f) {
        return "<li><strong>" + esc(f.item) + "</strong> <em>(" + esc(f.category) + (f.date ? "; " + esc(f.date) : "") + ")</em> " +
          '<q class="evidence">' + esc(f.evidence) + '</q> — <a href="/document/' + encodeURIComponent(f.document) + '">' +
          esc(f.document) + "</a></li>";
      }).join("") + "</ul>";
  }

  Object.keys(pick).forEach(function (k) { pick[k].addEventListener("change", draw); });
  fetch("/queries/aid-flows.json", { headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (rows) {
      flows = rows;
      var names = [];
      rows.forEach(function (f) { [f.donor, f.recipient].forEach(function (n) { if (names.indexOf(n) < 0) names.push(n); }); });
      names.sort().forEach(function (n) {
        var o = document.createElement("option");
        o.value = n; o.textContent = n;
        pick.state.appendChild(o);
      });
      draw();
    });
})();
