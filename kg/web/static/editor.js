/* The SPARQL editor: a textarea over a highlighted <pre>, canned queries as examples, results via /sparql. */
(function () {
  "use strict";
  var area = document.getElementById("sparql");
  var code = document.getElementById("highlight");
  var pre = code.parentNode;
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  var examples = JSON.parse(document.getElementById("examples").textContent);
  var esc = kgSparql.escapeHtml;

  function paint() {
    // A trailing newline keeps the overlay as tall as the textarea's last (empty) line.
    code.innerHTML = kgSparql.html(area.value) + "\n";
    pre.scrollTop = area.scrollTop;
    pre.scrollLeft = area.scrollLeft;
  }
  area.addEventListener("input", paint);
  area.addEventListener("scroll", function () { pre.scrollTop = area.scrollTop; pre.scrollLeft = area.scrollLeft; });
  area.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
    if (e.key === "Tab" && !e.shiftKey) {
      e.preventDefault();
      var s = area.selectionStart;
      area.setRangeText("  ", s, area.selectionEnd, "end");
      paint();
    }
  });
  document.getElementById("example").addEventListener("change", function (e) {
    var found = examples.filter(function (x) { return x.name === e.target.value; })[0];
    if (found) { area.value = found.sparql; paint(); }
  });
  document.getElementById("run").addEventListener("click", run);

  function cell(term) {
    if (!term) return "";
    if (term.type === "uri") {
      var v = esc(term.value);
      if (term.value.indexOf(results.dataset.resourceBase) === 0) {
        return '<a href="/entity?iri=' + encodeURIComponent(term.value) + '">' + v + "</a>";
      }
      return v;
    }
    return esc(term.value);
  }

  function run() {
    var started = performance.now();
    status.textContent = "running…";
    status.className = "status";
    var body = new URLSearchParams({ query: area.value });
    fetch("/sparql", {
      method: "POST", body: body,
      headers: { "Accept": "application/sparql-results+json, text/turtle;q=0.9" }
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      var truncated = response.headers.get("X-KG-Truncated") === "true";
      return response.text().then(function (text) {
        var took = Math.round(performance.now() - started) + " ms";
        if (!response.ok) {
          status.textContent = "";
          results.innerHTML = '<p class="error" role="alert">' + esc(text.trim()) + "</p>";
          return;
        }
        if (type.indexOf("json") >= 0) {
          var data = JSON.parse(text);
          if (typeof data.boolean === "boolean") {
            results.innerHTML = '<p class="boolean">ASK: <strong>' + data.boolean + "</strong></p>";
            status.textContent = took;
            return;
          }
          var vars = data.head.vars, rows = data.results.bindings;
          var html = '<table class="rows" id="result-table"><thead><tr>' +
            vars.map(function (v) { return "<th>" + esc(v) + "</th>"; }).join("") + "</tr></thead><tbody>";
          rows.forEach(function (b) {
            html += "<tr>" + vars.map(function (v) { return "<td>" + cell(b[v]) + "</td>"; }).join("") + "</tr>";
          });
          html += "</tbody></table>";
          results.innerHTML = html;
          status.textContent = rows.length + " row" + (rows.length === 1 ? "" : "s") + (truncated ? " (cut at the row limit)" : "") + " · " + took;
        } else {
          results.innerHTML = '<pre class="triples">' + esc(text) + "</pre>";
          status.textContent = took;
        }
      });
    }).catch(function (err) {
      status.textContent = "";
      results.innerHTML = '<p class="error" role="alert">' + esc(String(err)) + "</p>";
    });
  }
  paint();
})();
