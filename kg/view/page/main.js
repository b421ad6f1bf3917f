// main.js: start-up, the clicks on the network, and window.kgView, the handle that tests and
// `kg view --png` drive the page by.

reader.build();
graph.applyFilters();
var network = graph.draw();
window.kgView = {
  drawn: false, network: network, nodes: graph.nodes, edges: graph.edges,
  selected: function () { return state.selected === null ? null : byId.get(state.selected).name; },
  select: function (id) { return graph.select(id, true); },
  pick: function (id) { return pick.node(id, true); },
  pickEdge: pick.edge,
  show: function (name) {
    var n = search.find(name), shown = n ? graph.select(n.id, false) : null;
    graph.fitBeside(panel.box);
    return shown;
  },
  search: search.type,
  find: function (text) { var n = search.find(text); return n ? n.id : null; },
  visibleCount: graph.visibleCount,
  setClassVisible: graph.setClassVisible,
  setShowNegated: graph.setShowNegated,
  domPosition: graph.domPosition,
  panelText: panel.text,
  reader: {
    open: function (i) { return reader.open(i, null, false); },
    titles: function () { return data.articles.map(function (a) { return a.title; }); },
    state: reader.state,
    marks: reader.marks,
    text: reader.text
  },
  timeline: timeline.events,
  timelineJoins: timeline.joins,
  thread: thread.report,
  pickTimeline: pick.event
};
network.once("afterDrawing", function () { window.kgView.drawn = true; });
network.on("click", function (params) {
  if (params.nodes.length) {
    pick.node(params.nodes[0], false);
  } else if (params.edges.length) {
    pick.edge(params.edges[0]);
  } else {
    graph.clearSelection();
  }
});
document.addEventListener("keydown", function (event) {
  if (event.key === "Escape") { graph.clearSelection(); reader.hideTip(); }
});
search.suggest();
reader.openFirst();
