/* Autocomplete for entity inputs of the canned-query forms: suggestions from /entities. */
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-entity-class]");
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var last = null, timer = null;
    function suggest() {
      var text = input.value.trim();
      if (text === last) return;
      last = text;
      var url = "/entities?class=" + encodeURIComponent(input.dataset.entityClass) + "&q=" + encodeURIComponent(text);
      fetch(url, { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          list.innerHTML = "";
          items.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.label;
            list.appendChild(option);
          });
        });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(suggest, 120); });
    input.addEventListener("focus", suggest);
  });
})();
