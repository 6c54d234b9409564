/* A small SPARQL tokenizer and highlighter (kg's own; no dependencies).
   kgSparql.tokens(text) -> [{type, text}], with type one of: comment, string, iri, variable,
   pname (prefixed name), keyword, number, punct, text. kgSparql.html(text) -> escaped HTML
   with <span class="tok-TYPE"> around each token, for an overlay behind a textarea. */
(function (global) {
  "use strict";
  var KEYWORDS = ("SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED GRAPH OPTIONAL UNION MINUS FILTER BIND " +
    "VALUES AS DISTINCT REDUCED ORDER BY ASC DESC GROUP HAVING LIMIT OFFSET PREFIX BASE NOT EXISTS IN " +
    "SERVICE SILENT UNDEF A TRUE FALSE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR LANG " +
    "LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE " +
    "ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS " +
    "TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM " +
    "ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE").split(" ");
  var KEYWORD_SET = {};
  KEYWORDS.forEach(function (k) { KEYWORD_SET[k] = true; });
  // Tried in order at each position; the first that matches there wins.
  var RULES = [
    ["comment", /#[^\n]*/y],
    ["string", /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/y],
    ["iri", /<[^<>"{}|^`\\\s]*>/y],
    ["variable", /[?$][A-Za-z0-9_\u00C0-\uFFFF]+/y],
    ["pname", /(?:[A-Za-z][A-Za-z0-9_.-]*)?:(?:[A-Za-z0-9_\u00C0-\uFFFF](?:[A-Za-z0-9_.\-\u00C0-\uFFFF]*[A-Za-z0-9_\-\u00C0-\uFFFF])?)?/y],
    ["number", /[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)/y],
    ["word", /[A-Za-z_][A-Za-z0-9_]*/y],
    ["space", /\s+/y],
    ["punct", /[{}()\[\].,;*=!<>&|^\/+-]+|@[A-Za-z-]+/y]
  ];

  function tokens(text) {
    var out = [], pos = 0;
    while (pos < text.length) {
      var matched = false;
      for (var i = 0; i < RULES.length; i++) {
        var rule = RULES[i], re = rule[1];
        re.lastIndex = pos;
        var m = re.exec(text);
        if (m && m[0].length > 0) {
          var type = rule[0];
          if (type === "word") type = KEYWORD_SET[m[0].toUpperCase()] ? "keyword" : "text";
          if (type === "space") type = "text";
          out.push({ type: type, text: m[0] });
          pos += m[0].length;
          matched = true;
          break;
        }
      }
      if (!matched) { out.push({ type: "text", text: text[pos] }); pos += 1; }
    }
    return out;
  }

  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function html(text) {
    return tokens(text).map(function (t) {
      return t.type === "text" ? escapeHtml(t.text) : '<span class="tok-' + t.type + '">' + escapeHtml(t.text) + "</span>";
    }).join("");
  }

  global.kgSparql = { tokens: tokens, html: html, escapeHtml: escapeHtml };
})(window);
