// The search box of the ucwakit reference: filters the entries of search-index.js as the reader types.
(function () {
  "use strict";
  var LIMIT = 30;
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  if (!input || !list || typeof UCWAKIT_SEARCH === "undefined") {
    return;
  }

  // Exact spelling first, then the same ignoring case, names starting with the query, names holding it, and last
  // the entries whose Java name holds it.
  function rank(name, typed, query) {
    if (name === typed) { return 0; }
    var lower = name.toLowerCase();
    if (lower === query) { return 1; }
    if (lower.indexOf(query) === 0) { return 2; }
    return lower.indexOf(query) >= 0 ? 3 : -1;
  }

  function matches(typed) {
    var query = typed.toLowerCase();
    var found = [];
    for (var i = 0; i < UCWAKIT_SEARCH.length; i++) {
      var entry = UCWAKIT_SEARCH[i];
      var r = rank(entry[0], typed, query);
      if (r < 0 && entry[3].toLowerCase().indexOf(query) >= 0) { r = 4; }
      if (r >= 0) { found.push({ rank: r, index: i, entry: entry }); }
    }
    found.sort(function (a, b) {
      return a.rank - b.rank || a.entry[0].length - b.entry[0].length || a.index - b.index;
    });
    return found.slice(0, LIMIT);
  }

  function show() {
    var typed = input.value.trim();
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (typed === "") {
      list.hidden = true;
      return;
    }
    var found = matches(typed);
    if (found.length === 0) {
      var none = document.createElement("li");
      none.className = "search-none";
      none.textContent = "Nothing found";
      list.appendChild(none);
    }
    found.forEach(function (match) {
      var entry = match.entry;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry[2];
      link.textContent = entry[0];
      item.appendChild(link);
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = entry[1] + (entry[3] ? " \u00b7 " + entry[3] : "");
      item.appendChild(kind);
      list.appendChild(item);
    });
    list.hidden = false;
  }

  input.addEventListener("input", show);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = list.querySelector("a");
      if (first) { window.location.href = first.getAttribute("href"); }
    } else if (event.key === "Escape") {
      input.value = "";
      show();
    }
  });
}());
