/* The graph browser: filters, search, neighbourhood highlight and the evidence panel.
 *
 * Safety rule: text from documents (labels, aliases, titles, sentences) enters the DOM
 * only through textContent / createTextNode (helper `el`), never innerHTML; vis-network
 * shows `title` strings with innerText. The data comes from a JSON <script> block, parsed
 * with JSON.parse, never evaluated.
 * Speed: positions come from Python and physics is off, so the first draw is final.
 */
(function () {
  "use strict";
  performance.mark("kg-start");
  var RAW = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var GLYPH = { dot: "\u25cf", square: "\u25a0", triangle: "\u25b2", diamond: "\u25c6", star: "\u2605",
    triangleDown: "\u25bc", hexagon: "\u2b22", box: "\u25ad" };
  var DIM = "#e4e4e4";
  var META = RAW.meta;
  var BIG = META.nodes > META.initialLimit;

  var KINDS = {}, PREDS = {};
  RAW.kinds.forEach(function (k) { KINDS[k.id] = k; });
  RAW.preds.forEach(function (p) { PREDS[p.id] = p; });
  var DOCS = RAW.docs.map(function (d) {
    return { id: d[0], title: d[1], parts: d[2].map(function (p) {
      return { id: p[0], label: p[1], title: p[2], start: p[3], end: p[4] }; }) };
  });
  var NODES = RAW.nodes.map(function (r, i) {
    return { index: i, id: r[0], label: r[1], kind: r[2], cls: r[3], x: r[4], y: r[5], size: r[6],
      community: r[7], degree: r[8], aliases: r[9], attrs: r[10], mentions: r[11] };
  });
  var BY_ID = new Map();
  NODES.forEach(function (n) { BY_ID.set(n.id, n); n.out = []; n.inc = []; n.units = new Set(); });
  var EDGES = RAW.edges.map(function (r, i) {
    var e = { id: "e" + i, from: NODES[r[0]].id, to: NODES[r[1]].id, pred: r[2], provs: r[3], units: new Set() };
    NODES[r[0]].out.push(e);
    NODES[r[1]].inc.push(e);
    return e;
  });
  var EDGE_BY_ID = new Map(EDGES.map(function (e) { return [e.id, e]; }));

  // which document units (whole documents and their papers) each node and edge appears in
  function unitsAt(di, offset) {
    var d = DOCS[di], out = [d.id];
    d.parts.forEach(function (p) { if (p.start <= offset && offset < p.end) out.push(p.id); });
    return out;
  }
  NODES.forEach(function (n) {
    n.mentions.forEach(function (m) { unitsAt(m[0], m[2]).forEach(function (u) { n.units.add(u); }); });
    if (n.kind === "Document") n.units.add(n.id.slice(4));
  });
  DOCS.forEach(function (d) {  // a document node belongs to its whole document too
    d.parts.forEach(function (p) { var n = BY_ID.get("doc/" + p.id); if (n) n.units.add(d.id); });
  });
  EDGES.forEach(function (e) {
    e.provs.forEach(function (p) { unitsAt(p[0], p[2]).forEach(function (u) { e.units.add(u); }); });
  });

  // ---- DOM helpers: text only -------------------------------------------------------
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined && text !== null) x.textContent = String(text);
    return x;
  }
  function $(id) { return document.getElementById(id); }
  function short(label) { return label.length > 18 ? label.slice(0, 17) + "\u2026" : label; }
  function kindName(kind) { var k = KINDS[kind]; return k ? k.zh + " " + k.en : kind; }
  function className(cls) { var c = RAW.classes[cls]; return c ? c[0] + " " + c[1] : cls; }
  function predName(pred, lang) { var p = PREDS[pred]; return p ? (lang === "en" ? p.en : p.zh) : pred; }

  // ---- state --------------------------------------------------------------------------
  var state = {
    kinds: new Set(RAW.kinds.map(function (k) { return k.id; }).filter(function (k) {
      return !META.initialKinds || META.initialKinds.indexOf(k) >= 0; })),
    preds: new Set(RAW.preds.map(function (p) { return p.id; })),
    doc: "",
    edgeLabels: "zh",
    colourBy: "kind",
    hideIsolated: !!META.initialKinds,
    dimmed: new Set(),
  };

  // colours travel as vis "groups" (one options object each) rather than per-node
  // colour objects: vis merges every node's options, and fewer fields is a faster start
  function colourGroup(c, font) {
    return { color: { background: c, border: c, highlight: { background: c, border: "#000" }, hover: { background: c, border: "#000" } },
      font: { color: font || "#222" } };
  }
  var GROUPS = { dim: colourGroup(DIM, "#bbb"), cx: colourGroup("#b0b0b0") };
  RAW.kinds.forEach(function (k) { GROUPS["k" + k.id] = colourGroup(k.colour); });
  RAW.communityColours.forEach(function (c, i) { GROUPS["c" + i] = colourGroup(c); });

  function groupOf(n) {
    if (state.dimmed.has(n.id)) return "dim";
    if (state.colourBy === "community") return n.community < RAW.communityColours.length ? "c" + n.community : "cx";
    return "k" + n.kind;
  }
  function visNode(n) {
    var v = { id: n.id, label: short(n.label), x: n.x, y: n.y, size: n.size, group: groupOf(n),
      title: n.label + "\n" + kindName(n.kind) };
    if (n.kind !== "Place") v.shape = (KINDS[n.kind] || {}).shape || "dot";
    if (n.kind === "Document") v.font = { color: "#fff" };
    return v;
  }
  function visEdge(e) {
    return { id: e.id, from: e.from, to: e.to,
      label: state.edgeLabels === "none" ? undefined : predName(e.pred, state.edgeLabels),
      title: BY_ID.get(e.from).label + " \u2192 " + predName(e.pred, "zh") + " / " + predName(e.pred, "en") +
        " \u2192 " + BY_ID.get(e.to).label };
  }

  function edgeEnds(e) { return nodeVisible(BY_ID.get(e.from)) && nodeVisible(BY_ID.get(e.to)); }
  function nodeVisible(n) {
    if (!state.kinds.has(n.kind)) return false;
    if (state.hideIsolated && n.degree === 0) return false;
    if (!state.doc) return true;
    if (n.units.has(state.doc)) return true;
    return n.out.concat(n.inc).some(function (e) { return state.preds.has(e.pred) && e.units.has(state.doc); });
  }
  function edgeVisible(e) {
    return state.preds.has(e.pred) && (!state.doc || e.units.has(state.doc)) && edgeEnds(e);
  }

  performance.mark("kg-model");
  var nodeSet = new vis.DataSet(NODES.map(visNode));
  var edgeSet = new vis.DataSet(EDGES.map(visEdge));
  var nodeView = new vis.DataView(nodeSet, { filter: function (x) { return nodeVisible(BY_ID.get(x.id)); } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (x) { return edgeVisible(EDGE_BY_ID.get(x.id)); } });

  var network = new vis.Network($("net"), { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { hover: true, tooltipDelay: 250, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, multiselect: false },
    groups: GROUPS,
    nodes: { shape: "dot", borderWidth: 1, font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 7 } } },
    edges: { smooth: false, width: 1, selectionWidth: 2, arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { color: "#9aa5b1", highlight: "#d33", hover: "#d33", inherit: false },
      font: { face: FONT, size: 11, color: "#555", strokeWidth: 3, align: "middle" },
      scaling: { label: { drawThreshold: 7 } } },
  });
  performance.mark("kg-network");
  network.once("afterDrawing", function () {
    window.kgFirstDraw = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });

  // arrowheads cost more than half of a redraw and are invisible when zoomed out: draw them
  // only from a readable scale (panning a few thousand nodes stays smooth)
  var ARROW_SCALE = 0.35, arrows = true;
  function syncArrows() {
    var want = network.getScale() >= ARROW_SCALE;
    if (want !== arrows) {
      arrows = want;
      network.setOptions({ edges: { arrows: { to: { enabled: want, scaleFactor: 0.5 } } } });
    }
  }
  network.on("zoom", syncArrows);
  network.on("animationFinished", syncArrows);

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    summary();
  }

  // ---- controls -----------------------------------------------------------------------
  function summary() {
    $("summary").textContent = META.documents + " 篇文档 \u00b7 " + META.nodes + " 个节点 \u00b7 " + META.edges +
      " 条关系；显示 " + nodeView.length + " 个节点";
  }
  function buildControls() {
    var kf = $("kind-filter");
    RAW.kinds.forEach(function (k) {
      var lab = el("label"), box = el("input");
      box.type = "checkbox"; box.value = k.id; box.checked = state.kinds.has(k.id); box.id = "kind-" + k.id;
      box.addEventListener("change", function () {
        if (box.checked) state.kinds.add(k.id); else state.kinds.delete(k.id);
        refresh();
      });
      var g = el("span", "glyph", GLYPH[k.shape] || "\u25cf");
      g.style.color = k.colour;
      lab.appendChild(box); lab.appendChild(g);
      lab.appendChild(document.createTextNode(" " + k.zh + " " + k.en + " (" + k.count + ")"));
      kf.appendChild(lab);
    });
    var pf = $("pred-filter");
    var used = new Set(EDGES.map(function (e) { return e.pred; }));
    RAW.preds.forEach(function (p) {
      if (!used.has(p.id)) return;
      var lab = el("label"), box = el("input");
      box.type = "checkbox"; box.value = p.id; box.checked = true; box.id = "pred-" + p.id;
      box.addEventListener("change", function () {
        if (box.checked) state.preds.add(p.id); else state.preds.delete(p.id);
        refresh();
      });
      lab.appendChild(box);
      lab.appendChild(document.createTextNode(" " + p.zh + " " + p.en));
      pf.appendChild(lab);
    });
    var df = $("doc-filter");
    DOCS.forEach(function (d) {
      df.appendChild(el("option", null, d.title)).value = d.id;
      d.parts.forEach(function (p) { df.appendChild(el("option", null, "\u2003" + p.label + " " + p.title)).value = p.id; });
    });
    df.addEventListener("change", function () { state.doc = df.value; refresh(); });
    $("edge-labels").addEventListener("change", function () {
      state.edgeLabels = $("edge-labels").value;
      edgeSet.update(EDGES.map(function (e) { return { id: e.id, label: state.edgeLabels === "none" ? "" : predName(e.pred, state.edgeLabels) }; }));
    });
    $("hide-isolated").checked = state.hideIsolated;
    $("hide-isolated").addEventListener("change", function () { state.hideIsolated = $("hide-isolated").checked; refresh(); });
    $("colour-by").addEventListener("change", function () {
      state.colourBy = $("colour-by").value;
      repaint();
    });
    if (META.initialKinds) {
      var names = META.initialKinds.map(function (k) { return KINDS[k] ? KINDS[k].zh : k; }).join("、");
      var n = $("notice");
      n.hidden = false;
      n.textContent = "图较大（" + META.nodes + " 个节点），先只显示有关系的" + names + "。在“类型”中勾选其他类型、" +
        "取消“隐藏孤立节点”可查看其余节点；搜索到的节点会自动显示。 Large graph: only linked " +
        META.initialKinds.join(" and ") + " nodes are shown; tick more kinds or untick \u201chide isolated\u201d to see the rest.";
    }
    summary();
  }

  function repaint() {
    nodeSet.update(NODES.map(function (n) { return { id: n.id, group: groupOf(n) }; }));
  }

  // ---- neighbourhood highlight ---------------------------------------------------------
  function highlight(id) {
    var keep = new Set();
    if (id) {
      var n = BY_ID.get(id);
      keep.add(id);
      n.out.forEach(function (e) { keep.add(e.to); });
      n.inc.forEach(function (e) { keep.add(e.from); });
    }
    var changed = [];
    NODES.forEach(function (n) {
      var dim = !!id && !keep.has(n.id);
      if (dim !== state.dimmed.has(n.id)) {
        if (dim) state.dimmed.add(n.id); else state.dimmed.delete(n.id);
        changed.push(n);
      }
    });
    if (changed.length) {
      nodeSet.update(changed.map(function (n) { return { id: n.id, group: groupOf(n) }; }));
    }
  }

  // ---- evidence panel -------------------------------------------------------------------
  function sourceName(di, offset) {
    var d = DOCS[di], name = d.title;
    d.parts.forEach(function (p) { if (p.start <= offset && offset < p.end) name += " \u203a " + p.label + " " + p.title; });
    return name;
  }
  function sentenceBox(di, si, spans) {
    var s = RAW.sents[di + ":" + si];
    if (!s) return null;
    var start = s[0], text = s[1], box = el("div", "sentence");
    box.appendChild(el("span", "source", sourceName(di, start) + " \u00b7 第 " + (si + 1) + " 句"));
    var marks = spans.map(function (x) { return [Math.max(x[0] - start, 0), Math.min(x[1] - start, text.length), x[2]]; })
      .filter(function (x) { return x[1] > x[0]; })
      .sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) return;
      box.appendChild(document.createTextNode(text.slice(pos, m[0])));
      box.appendChild(el("mark", m[2] || null, text.slice(m[0], m[1])));
      pos = m[1];
    });
    box.appendChild(document.createTextNode(text.slice(pos)));
    return box;
  }
  function nodeLink(id) {
    var n = BY_ID.get(id), b = el("button", "link", n ? n.label : id);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function row(dl, term, value) {
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    dl.appendChild(dd);
  }
  function openPanel() {
    var ev = $("evidence");
    while (ev.firstChild) ev.removeChild(ev.firstChild);
    $("panel").hidden = false;
    return ev;
  }
  function parentChain(n) {
    var chain = [], seen = new Set([n.id]), cur = n;
    while (cur && chain.length < 8) {
      var ups = cur.out.filter(function (e) { return e.pred === "locatedIn" && !seen.has(e.to); })
        .sort(function (a, b) { return b.provs.length - a.provs.length || (a.to < b.to ? -1 : 1); });
      if (!ups.length) break;
      cur = BY_ID.get(ups[0].to);
      seen.add(cur.id);
      chain.push(cur.id);
    }
    return chain;
  }
  function showNode(id) {
    var n = BY_ID.get(id), ev = openPanel();
    ev.appendChild(el("h2", null, n.label));
    ev.appendChild(el("div", "muted", kindName(n.kind) + (n.cls && n.cls !== n.kind ? " \u00b7 " + className(n.cls) : "")));
    var dl = el("dl");
    row(dl, "ID", n.id);
    if (n.aliases.length) row(dl, "别名 aliases", n.aliases.join("、"));
    if (n.attrs.code) row(dl, "行政区划代码 code", n.attrs.code);
    Object.keys(n.attrs).sort().forEach(function (k) { if (k !== "code" && k !== "mentions_total") row(dl, k, n.attrs[k]); });
    if (n.kind === "Place") {
      var chain = parentChain(n);
      if (chain.length) {
        var span = el("span");
        chain.forEach(function (pid, i) {
          if (i) span.appendChild(document.createTextNode(" \u203a "));
          span.appendChild(nodeLink(pid));
        });
        row(dl, "上级 parents", span);
      }
    }
    row(dl, "社区 community", String(n.community) + " \u00b7 度 degree " + n.degree);
    ev.appendChild(dl);
    var comps = n.out.filter(function (e) { return e.pred === "hasComponent"; });
    if (comps.length) {
      ev.appendChild(el("h3", null, "组成 components"));
      var ul = el("ul");
      comps.forEach(function (e) { var li = el("li"); li.appendChild(nodeLink(e.to)); ul.appendChild(li); });
      ev.appendChild(ul);
    }
    var rels = n.out.map(function (e) { return [e, true]; }).concat(n.inc.map(function (e) { return [e, false]; }));
    if (rels.length) {
      ev.appendChild(el("h3", null, "关系 relations (" + rels.length + ")"));
      var rl = el("ul");
      rels.slice(0, 200).forEach(function (pair) {
        var e = pair[0], li = el("li");
        li.appendChild(document.createTextNode(pair[1] ? "\u2192 " + predName(e.pred, "zh") + " " : "\u2190 " + predName(e.pred, "zh") + " "));
        li.appendChild(nodeLink(pair[1] ? e.to : e.from));
        var why = el("button", "link muted", " [出处]");
        why.type = "button";
        why.addEventListener("click", function () { showEdge(e.id); });
        li.appendChild(why);
        rl.appendChild(li);
      });
      ev.appendChild(rl);
    }
    ev.appendChild(el("h3", null, "出处 evidence (" + (n.attrs.mentions_total || n.mentions.length) + ")"));
    if (n.attrs.mentions_total) ev.appendChild(el("p", "muted", "只显示前 " + n.mentions.length + " 处 (first " + n.mentions.length + " shown)"));
    if (!n.mentions.length) ev.appendChild(el("p", "muted", "未在句子中直接出现（来自区划数据或推断）。 Not named in a sentence (from data or inferred)."));
    var groups = new Map();
    n.mentions.forEach(function (m) {
      var key = m[0] + ":" + m[1];
      if (!groups.has(key)) groups.set(key, [m[0], m[1], []]);
      groups.get(key)[2].push([m[2], m[3], null]);
    });
    groups.forEach(function (g) { var b = sentenceBox(g[0], g[1], g[2]); if (b) ev.appendChild(b); });
  }
  function showEdge(id) {
    var e = EDGE_BY_ID.get(id), ev = openPanel();
    var h = el("h2");
    h.appendChild(nodeLink(e.from));
    h.appendChild(document.createTextNode(" \u2014" + predName(e.pred, "zh") + "\u2192 "));
    h.appendChild(nodeLink(e.to));
    ev.appendChild(h);
    ev.appendChild(el("div", "muted", predName(e.pred, "en") + " (kg:" + e.pred + ")"));
    ev.appendChild(el("h3", null, "出处 evidence (" + e.provs.length + ")"));
    if (!e.provs.length) ev.appendChild(el("p", "muted", "无出处 no provenance"));
    var s = BY_ID.get(e.from), o = BY_ID.get(e.to);
    e.provs.forEach(function (p) {
      var spans = [];
      s.mentions.forEach(function (m) { if (m[0] === p[0] && m[1] === p[1]) spans.push([m[2], m[3], null]); });
      o.mentions.forEach(function (m) { if (m[0] === p[0] && m[1] === p[1]) spans.push([m[2], m[3], "object"]); });
      var sent = RAW.sents[p[0] + ":" + p[1]];
      if (!spans.length && sent && (p[2] > sent[0] || p[3] < sent[0] + sent[1].length)) spans.push([p[2], p[3], null]);
      var box = sentenceBox(p[0], p[1], spans);
      if (box) ev.appendChild(box);
      ev.appendChild(el("div", "muted", "规则 rule " + p[4] + " \u00b7 置信度 confidence " + p[5] +
        " \u00b7 " + (p[6] ? "明述 stated" : "推断 inferred")));
    });
  }

  // ---- selection and search --------------------------------------------------------------
  function select(id) {
    highlight(id);
    showNode(id);
  }
  network.on("click", function (params) {
    if (params.nodes.length) select(params.nodes[0]);
    else if (params.edges.length) { highlight(null); showEdge(params.edges[0]); }
    else { highlight(null); $("panel").hidden = true; }
  });
  $("panel-close").addEventListener("click", function () { $("panel").hidden = true; highlight(null); network.unselectAll(); });

  function focusNode(id) {
    var n = BY_ID.get(id);
    if (!n) return false;
    if (!state.kinds.has(n.kind)) {
      state.kinds.add(n.kind);
      var box = $("kind-" + n.kind);
      if (box) box.checked = true;
    }
    if (state.hideIsolated && n.degree === 0) { state.hideIsolated = false; $("hide-isolated").checked = false; }
    if (state.doc && !nodeVisible(n)) { state.doc = ""; $("doc-filter").value = ""; }
    refresh();
    network.selectNodes([id]);
    // the evidence panel covers the right of the canvas: centre the node in what stays visible
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), offset: { x: -$("panel").offsetWidth / 2 || -190, y: 0 },
      animation: BIG ? false : { duration: 300 } });
    syncArrows();
    select(id);
    return true;
  }

  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    NODES.forEach(function (n) {
      var l = n.label.toLowerCase(), rank = -1;
      if (l === q) rank = 0;
      else if (n.aliases.some(function (a) { return a.toLowerCase() === q; })) rank = 1;
      else if (l.indexOf(q) === 0) rank = 2;
      else if (l.indexOf(q) > 0) rank = 3;
      else if (n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) rank = 4;
      if (rank >= 0) hits.push([rank, n]);
    });
    hits.sort(function (a, b) {
      return a[0] - b[0] || b[1].degree - a[1].degree || a[1].label.length - b[1].label.length || a[1].index - b[1].index;
    });
    return hits.slice(0, 30).map(function (h) { return h[1]; });
  }
  var results = [];
  function showResults() {
    var ul = $("results");
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    results = search($("search").value);
    results.forEach(function (n, i) {
      var li = el("li", i === 0 ? "active" : null);
      li.appendChild(document.createTextNode(n.label + " "));
      li.appendChild(el("span", "kind", KINDS[n.kind] ? KINDS[n.kind].zh : n.kind));
      li.addEventListener("click", function () { focusNode(n.id); });
      ul.appendChild(li);
    });
    if ($("search").value.trim() && !results.length) ul.appendChild(el("li", "muted", "没有找到 nothing found"));
  }
  $("search").addEventListener("input", showResults);
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      showResults();
      if (results.length) focusNode(results[0].id);
    }
  });

  buildControls();
  network.fit({ animation: false });
  syncArrows();
  window.kg = { network: network, nodes: nodeSet, edges: edgeSet, nodeView: nodeView, edgeView: edgeView,
    focusNode: focusNode, search: search, showEdge: showEdge, state: state };
  window.kgNetwork = network;
})();
