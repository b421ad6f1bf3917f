// search.js: the search box, which finds a node by a name or an alias and picks it.

var search = (function () {
  var input = document.getElementById("search");
  var status = document.getElementById("search-status");
  var NO_MATCH = 9;

  function rank(name, q) {
    var s = name.toLowerCase();
    if (s === q) { return 0; }
    if (s.indexOf(q) === 0) { return 1; }
    if (s.indexOf(" " + q) >= 0) { return 2; }
    return s.indexOf(q) >= 0 ? 3 : NO_MATCH;
  }

  function before(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) { return a[i] < b[i]; }
    }
    return false;
  }

  // An alias is suggested as "alias \u2192 name", so a place named like a nation's alias (its
  // capital, say) and the nation are both reachable: the plain name finds the place.
  function aliasSuggestions(n) {
    return n.alt.filter(function (a) { return a.toLowerCase() !== n.name.toLowerCase(); })
      .map(function (a) { return a + " \u2192 " + n.name; });
  }

  var aliasOf = new Map();  // lower-case alias suggestion -> its node
  data.nodes.forEach(function (n) {
    aliasSuggestions(n).forEach(function (s) { aliasOf.set(s.toLowerCase(), n); });
  });

  // A match on a node's own name beats the same kind of match on an alias (even numbers vs odd).
  function score(n, q) {
    return Math.min.apply(null, [2 * rank(n.name, q)].concat(n.alt.map(function (s) { return 2 * rank(s, q) + 1; })));
  }

  function find(text) {
    var q = String(text).trim().toLowerCase();
    var best = null, bestKey = null;
    if (!q) { return null; }
    var named = aliasOf.get(q);
    if (named && (state.showNegated || !named.negated)) { return named; }
    data.nodes.forEach(function (n) {
      if (n.negated && !state.showNegated) { return; }
      var r = score(n, q);
      if (r >= 2 * NO_MATCH) { return; }
      var key = [r, data.classes.indexOf(n.group), n.name.length, n.id];
      if (bestKey === null || before(key, bestKey)) { best = n; bestKey = key; }
    });
    return best;
  }

  function run() {
    var text = input.value.trim();
    if (text.length < 2) { status.textContent = ""; return null; }
    var n = find(text);
    status.textContent = n ? "" : "no match";
    return n ? pick.node(n.id, true) : null;
  }

  function type(text) {
    input.value = text;
    return run();
  }

  // Suggest the name of every node that is no negated fact, and each of its aliases as "alias \u2192 name".
  function suggest() {
    var names = new Set();
    data.nodes.forEach(function (n) {
      if (!n.negated) { [n.name].concat(aliasSuggestions(n)).forEach(function (s) { names.add(s); }); }
    });
    var datalist = document.getElementById("names");
    Array.from(names).sort().forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      datalist.appendChild(option);
    });
  }

  input.addEventListener("input", run);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { run(); }
  });

  return {find: find, type: type, suggest: suggest};
})();
