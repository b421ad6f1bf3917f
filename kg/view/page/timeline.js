// timeline.js: the timeline under the graph, the dated events of every article on one axis
// (kg/view/reader.py dates them); an event placed by its article's date is drawn hollow.

var timeline = (function () {
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var STEP = 13, ROW = 14;  // px between stacked events' columns and rows
  var axis = document.getElementById("timeline-axis");
  var resizeTimer = null;

  function dayOf(iso) {
    var p = iso.split("-");
    return Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2])) / 864e5;
  }

  function ticks(first, last) {
    var out = [], d = new Date(first * 864e5), range = last - first;
    var unit = range <= 60 ? "day" : (range <= 1100 ? "month" : "year");
    if (unit !== "day") { d = new Date(Date.UTC(d.getUTCFullYear(), unit === "month" ? d.getUTCMonth() : 0, 1)); }
    while (d.getTime() / 864e5 <= last && out.length < 400) {
      var day = d.getTime() / 864e5;
      var text = unit === "year" ? String(d.getUTCFullYear()) : (unit === "month" ? MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear()
        : d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear());
      if (day >= first) { out.push({day: day, text: text}); }
      if (unit === "day") { d = new Date(d.getTime() + 864e5); } else if (unit === "month") {
        d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      } else { d = new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1)); }
    }
    return out;
  }

  // The events the filters let through.
  function shownEvents() {
    return data.timeline.filter(function (t) {
      var fact = data.facts[t.fact];
      return (state.showNegated || !fact.negated) && !state.hiddenClasses.has(fact.kind);
    });
  }

  function renderHead(events) {
    var approx = events.filter(function (t) { return t.byArticleDate; }).length;
    document.getElementById("timeline-head").textContent = "Timeline: " + events.length + " dated event(s)" +
      (approx ? " (" + approx + " placed by their article\u2019s date, hollow)" : "") +
      (data.timeline.length ? "" : " \u2014 no event in this view has a date");
  }

  // Date labels, none closer than 80 px to the one before.
  function renderTicks(first, last, x, width) {
    var lastLabel = -Infinity;
    ticks(first, last).forEach(function (t) {
      var at = x(t.day);
      if (at - lastLabel < 80) { return; }
      lastLabel = at;
      var tick = el("div", "tl-tick"), label = el("span", "", t.text);
      tick.style.left = at + "px";
      if (at > width - 90) { label.style.left = "auto"; label.style.right = "3px"; }
      tick.appendChild(label);
      axis.appendChild(tick);
    });
  }

  // Where each event goes: events of one date stack into rows, and a tall stack wraps into more
  // columns beside its date instead of squeezing its rows.
  function place(events, days, x, height) {
    var stacks = new Map(), placed = [];
    events.forEach(function (t, k) {
      var at = x(days[k]), bucket = Math.round(at / STEP), row = stacks.get(bucket) || 0;
      stacks.set(bucket, row + 1);
      placed.push({t: t, x: bucket * STEP, row: row});
    });
    var rows = Math.max(1, Math.floor((height - 22) / ROW));
    placed.forEach(function (p) {
      var column = Math.floor(p.row / rows);
      p.x += (column % 2 ? -1 : 1) * Math.ceil(column / 2) * STEP;
      p.row = p.row % rows;
    });
    return placed;
  }

  function renderEvent(p) {
    var fact = data.facts[p.t.fact];
    var dot = el("button", "tl-event k-" + fact.kind + (p.t.byArticleDate ? " approx" : ""));
    dot.type = "button";
    dot.style.left = p.x + "px";
    dot.style.top = (4 + p.row * ROW) + "px";
    dot.dataset.fact = String(p.t.fact);
    dot.setAttribute("title", p.t.date + (p.t.byArticleDate ? " (article date)" : "") + " \u00b7 " + kindName(fact.kind) + ": " + fact.text);
    dot.setAttribute("aria-label", dot.getAttribute("title"));
    dot.addEventListener("click", function () { pick.event(p.t.fact); });
    axis.appendChild(dot);
  }

  function render() {
    var events = shownEvents();
    axis.replaceChildren();
    renderHead(events);
    if (!events.length) { return; }
    var days = events.map(function (t) { return dayOf(t.date); });
    var first = Math.min.apply(null, days), last = Math.max.apply(null, days);
    if (last - first < 2) { first -= 1; last += 1; }
    var width = Math.max(axis.clientWidth, 200), height = Math.max(axis.clientHeight, 60), pad = 20;
    var x = function (day) { return pad + (day - first) / (last - first) * (width - 2 * pad); };
    renderTicks(first, last, x, width);
    place(events, days, x, height).forEach(renderEvent);
    highlight();
  }

  // Ring the events whose evidence is shown (state.active).
  function highlight() {
    axis.querySelectorAll(".tl-event").forEach(function (dot) {
      dot.classList.toggle("active", state.active.has(Number(dot.dataset.fact)));
    });
  }

  function events() {
    return Array.from(axis.querySelectorAll(".tl-event"), function (dot) { return Number(dot.dataset.fact); });
  }

  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(render, 150);
  });

  return {render: render, highlight: highlight, events: events};
})();
