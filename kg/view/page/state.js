// state.js: what the features share (the data's index by node id, the state), and the helpers they all use.
// Article text is data: it is only ever put on the page with textContent and setAttribute.

var byId = new Map();  // node id -> node (data.nodes)
data.nodes.forEach(function (n) { byId.set(n.id, n); });
var threadOf = new Map();  // fact -> {thread: its index in data.threads, report: its entry there}
data.threads.forEach(function (t, i) {
  t.reports.forEach(function (r) { threadOf.set(r.fact, {thread: i, report: r}); });
});

// The only state the features share; each field is changed by the functions named beside it.
var state = {
  hiddenClasses: new Set(),  // classes unticked in the legend (graph.setClassVisible)
  showNegated: false,        // "show negated facts" is ticked (graph.setShowNegated)
  selected: null,            // the selected node's id (graph.select, graph.clearSelection)
  active: new Set()          // the facts whose evidence is shown (reader.open, reader.showEvidence, reader.setActive)
};

var KIND_NAMES = {leaderOf: "leader of", capitalOf: "capital of", StatusReport: "status report"};

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined) { node.textContent = text; }
  return node;
}

function kindName(kind) { return KIND_NAMES[kind] || kind; }

// The threads (indices in data.threads) that some of these facts are reports of.
function threadsOf(facts) {
  var found = new Set();
  facts.forEach(function (f) { if (threadOf.has(f)) { found.add(threadOf.get(f).thread); } });
  return found;
}

function isRelativeLink(href) {
  return typeof href === "string" && href !== "" && !/^[a-z][a-z0-9+.\-]*:/i.test(href) &&
    href.charAt(0) !== "/" && href.indexOf("\\") < 0;
}

function articleLink(article) {
  if (isRelativeLink(article.href)) {
    var link = el("a", "article", article.title);
    link.setAttribute("href", article.href);
    return link;
  }
  return el("span", "article", article.title);
}
