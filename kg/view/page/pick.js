// pick.js: what a click on a node, an edge, a highlight, a timeline event or a thread's report does:
// select it in the graph, open its evidence in the reader, ring it on the timeline, show its thread.

var pick = (function () {
  // Show some facts' evidence in the reader and on the timeline; returns how many articles tell them.
  function evidence(facts, what) {
    var count = reader.showEvidence(facts, what);
    timeline.highlight();
    thread.render();
    return count;
  }

  function node(id, focus) {
    var name = graph.select(id, focus);
    if (name !== null) { evidence(byId.get(id).facts, name); }
    return name;
  }

  // An edge shows the facts its two ends share.
  function edge(edgeId) {
    var e = graph.edges.get(edgeId);
    if (!e) { return 0; }
    var to = new Set(byId.get(e.to).facts);
    var facts = byId.get(e.from).facts.filter(function (f) { return to.has(f); });
    return evidence(facts, byId.get(e.from).name + " \u2014 " + e.label + " \u2192 " + byId.get(e.to).name);
  }

  // A highlight in the reader: its fact's node is selected, the article stays where it is.
  function fact(f, focusGraph) {
    var told = data.facts[f];
    if (!told) { return null; }
    var name = graph.select(told.node, focusGraph);
    reader.setActive(new Set([f]));
    timeline.highlight();
    thread.render();
    return name;
  }

  function event(f) {
    var told = data.facts[f];
    var name = graph.select(told.node, true);
    evidence([f], told.text);
    return name;
  }

  return {node: node, edge: edge, fact: fact, event: event};
})();
