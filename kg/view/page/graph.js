// graph.js: the network, the legend's class filters and negated facts, the selected node.

var graph = (function () {
  var VIS_FIELDS = ["id", "label", "title", "group", "color", "shape", "x", "y", "hidden"];
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var copy = {};
    VIS_FIELDS.forEach(function (key) { copy[key] = n[key]; });
    return copy;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) { return Object.assign({}, e); }));
  var container = document.getElementById("graph");
  var network = null;

  function isHidden(n) { return state.hiddenClasses.has(n.group) || (n.negated && !state.showNegated); }

  // Hide what the filters hide, then redraw everything that shows facts.
  function applyFilters() {
    nodes.update(data.nodes.map(function (n) { return {id: n.id, hidden: isHidden(n)}; }));
    edges.update(data.edges.map(function (e) {
      return {id: e.id, hidden: isHidden(byId.get(e.from)) || isHidden(byId.get(e.to))};
    }));
    if (state.selected !== null && isHidden(byId.get(state.selected))) { clearSelection(); } else { panel.render(); }
    reader.rerender();
    timeline.render();
  }

  function setClassVisible(cls, visible) {
    if (visible) { state.hiddenClasses.delete(cls); } else { state.hiddenClasses.add(cls); }
    document.querySelectorAll("input.class-filter").forEach(function (box) {
      if (box.value === cls) { box.checked = visible; }
    });
    applyFilters();
  }

  function setShowNegated(show) {
    state.showNegated = Boolean(show);
    document.getElementById("negated").checked = state.showNegated;
    applyFilters();
  }

  // Select a node (showing its class if it was filtered out); returns its name, or null if it is hidden.
  function select(id, focus) {
    var n = byId.get(id);
    if (!n || (n.negated && !state.showNegated)) { return null; }
    if (state.hiddenClasses.has(n.group)) { setClassVisible(n.group, true); }
    state.selected = id;
    network.selectNodes([id]);
    if (focus) {
      network.focus(id, {scale: Math.max(network.getScale(), 1), animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    }
    panel.render();
    return n.name;
  }

  function clearSelection() {
    state.selected = null;
    if (network) { network.unselectAll(); }
    panel.render();
  }

  // Fit the whole graph into what `aside` (the panel, drawn over the graph) leaves free.
  function fitBeside(aside) {
    network.fit({animation: false});
    var width = container.clientWidth, free = width - aside.offsetWidth;
    if (aside.hidden || free <= 0) { return; }
    network.moveTo({position: network.getViewPosition(), scale: network.getScale() * free / width,
                    offset: {x: -(width - free) / 2, y: 0}});
  }

  function visibleCount(cls) {
    return nodes.get({filter: function (n) { return n.group === cls && !n.hidden; }}).length;
  }

  function domPosition(id) {
    var p = network.canvasToDOM(network.getPosition(id));
    var box = container.getBoundingClientRect();
    return {x: box.left + p.x, y: box.top + p.y};
  }

  function draw() {
    network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
    return network;
  }

  // Settle in one go without drawing each step (drawn step by step, 300 nodes took 6.5 s);
  // physics then stays on, so a dragged node pulls its neighbours.
  document.getElementById("physics").addEventListener("change", function (event) {
    network.setOptions({physics: {enabled: event.target.checked}});
    if (event.target.checked) { network.stabilize(); }
  });
  document.getElementById("negated").addEventListener("change", function (event) {
    setShowNegated(event.target.checked);
  });
  document.querySelectorAll("input.class-filter").forEach(function (box) {
    box.addEventListener("change", function () { setClassVisible(box.value, box.checked); });
  });

  return {nodes: nodes, edges: edges, draw: draw, applyFilters: applyFilters, setClassVisible: setClassVisible,
          setShowNegated: setShowNegated, select: select, clearSelection: clearSelection, fitBeside: fitBeside,
          visibleCount: visibleCount, domPosition: domPosition};
})();
