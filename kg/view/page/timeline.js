// timeline.js: the timeline under the graph, the dated events of every article on one axis
// (kg/view/reader.py dates them); an event placed by its article's date is drawn hollow. The
// reports of one commitment (data.threads) are joined by a line, drawn under their markers.

var timeline = (function () {
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var STEP = 13, ROW = 14;  // px between stacked events' columns and rows
  var SVG = "http:\/\/www.w3.org\/2000\/svg";  // SVG's namespace, written so the page holds no URL
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
    var fact = data.facts[p.t.fact], inThread = threadOf.get(p.t.fact);
    var dot = el("button", "tl-event k-" + fact.kind + (p.t.byArticleDate ? " approx" : "") + (inThread ? " report" : ""));
    dot.type = "button";
    dot.style.left = p.x + "px";
    dot.style.top = (4 + p.row * ROW) + "px";
    dot.dataset.fact = String(p.t.fact);
    if (inThread) { dot.dataset.thread = String(inThread.thread); }
    dot.setAttribute("title", p.t.date + (p.t.byArticleDate ? " (article date)" : "") + " \u00b7 " + kindName(fact.kind) + ": " + fact.text +
      (inThread ? "\n" + inThread.report.status + " \u2014 a report of \u201c" + data.threads[inThread.thread].label + "\u201d" : ""));
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
    var placed = place(events, days, x, height);
    renderJoins(placed, width, height);
    placed.forEach(renderEvent);
    highlight();
  }

  // One polyline per thread through its reports' markers, in date order (the order they are placed in).
  function renderJoins(placed, width, height) {
    var points = new Map();  // thread -> "x,y" of its markers' centres
    placed.forEach(function (p) {
      var inThread = threadOf.get(p.t.fact);
      if (!inThread) { return; }
      var list = points.get(inThread.thread) || [];
      list.push(p.x + "," + (4 + p.row * ROW + 6));  // a marker's centre (markers are 12 px)
      points.set(inThread.thread, list);
    });
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "tl-joins");
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(height));
    svg.setAttribute("aria-hidden", "true");
    points.forEach(function (list, thread) {
      if (list.length < 2) { return; }
      var line = document.createElementNS(SVG, "polyline");
      line.setAttribute("class", "tl-join");
      line.setAttribute("points", list.join(" "));
      line.dataset.thread = String(thread);
      svg.appendChild(line);
    });
    axis.appendChild(svg);
  }

  // Ring the events whose evidence is shown (state.active), and mark the other reports of their
  // threads and the lines joining them.
  function highlight() {
    var threads = threadsOf(state.active);
    axis.querySelectorAll(".tl-event").forEach(function (dot) {
      var active = state.active.has(Number(dot.dataset.fact));
      dot.classList.toggle("active", active);
      dot.classList.toggle("same-thread", !active && threads.has(Number(dot.dataset.thread)));
    });
    axis.querySelectorAll(".tl-join").forEach(function (line) {
      line.classList.toggle("active", threads.has(Number(line.dataset.thread)));
    });
  }

  function events() {
    return Array.from(axis.querySelectorAll(".tl-event"), function (dot) { return Number(dot.dataset.fact); });
  }

  // What window.kgView.timelineJoins reports: each drawn join's thread, points and whether it is lit.
  function joins() {
    return Array.from(axis.querySelectorAll(".tl-join"), function (line) {
      return {thread: Number(line.dataset.thread), points: line.getAttribute("points").split(" ").length,
              active: line.classList.contains("active")};
    });
  }

  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(render, 150);
  });

  return {render: render, highlight: highlight, events: events, joins: joins};
})();
