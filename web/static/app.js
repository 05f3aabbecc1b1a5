// The sitrep dashboard: the situation report of /api/report on a map, as
// a list of events, and for the event chosen its figures, a timeline of
// the values reported and its developments. It asks for the report again
// every REFRESH seconds, so documents posted to the API show up as they
// are read. Everything is built with DOM calls and textContent: nothing
// from a document is ever parsed as HTML.
"use strict";
(function () {
  const REFRESH = 15; // seconds
  const KINDS = ["killed", "injured", "missing", "detained", "displaced", "evacuated", "affected"];
  const state = { report: null, selected: new URLSearchParams(location.search).get("event") || "", chart: null };

  const map = L.map("map", { attributionControl: false, worldCopyJump: false }).setView([20, 15], 2);
  // The countries get a pane of their own, under the markers whatever
  // arrives first.
  map.createPane("countries").style.zIndex = 350;
  const markers = L.layerGroup().addTo(map);
  fetch("/static/countries.geojson")
    .then((r) => r.json())
    .then((geo) => {
      L.geoJSON(geo, {
        pane: "countries",
        interactive: false,
        style: { color: "#8a949e", weight: 0.6, fillColor: "#fbfbf8", fillOpacity: 1 },
      }).addTo(map);
    })
    .catch(() => {}); // the markers still show without the shapes

  function el(tag, props, ...kids) {
    const n = document.createElement(tag);
    Object.assign(n, props || {});
    for (const k of kids) {
      if (k != null) n.append(k);
    }
    return n;
  }

  function fmt(v) {
    return v == null ? "–" : Number(v).toLocaleString("en");
  }

  // headline returns, per kind, the largest best value among the event's
  // groups (the total usually), for the list and the marker size.
  function headline(e) {
    const out = {};
    for (const f of e.figures || []) {
      if (f.vague) continue;
      out[f.kind] = Math.max(out[f.kind] || 0, f.best);
    }
    return out;
  }

  function summary(e) {
    const h = headline(e);
    const parts = KINDS.filter((k) => h[k]).map((k) => `${k} ${fmt(h[k])}`);
    return parts.join(" · ") || "no figures yet";
  }

  function isDisaster(e) {
    return (e.types || []).some((t) => t === "disaster");
  }

  function drawMap(events) {
    markers.clearLayers();
    const bounds = [];
    for (const e of events) {
      const p = e.place;
      if (!p || p.lat == null || p.lon == null) continue;
      const killed = headline(e).killed || 0;
      const m = L.circleMarker([p.lat, p.lon], {
        radius: 6 + Math.sqrt(killed) * 1.5,
        color: e.id === state.selected ? "#0b57d0" : "#ffffff",
        weight: e.id === state.selected ? 3 : 1,
        fillColor: isDisaster(e) ? "#e37400" : "#b3261e",
        fillOpacity: 0.8,
      });
      m.bindTooltip(`${e.title} — ${summary(e)}`);
      m.on("click", () => select(e.id));
      m.addTo(markers);
      bounds.push([p.lat, p.lon]);
    }
    if (bounds.length && !drawMap.fitted) {
      map.fitBounds(bounds, { padding: [40, 40], maxZoom: 4 });
      drawMap.fitted = true;
    }
  }

  function drawList(events) {
    const list = document.getElementById("event-list");
    list.replaceChildren(
      ...events.map((e) => {
        const h = headline(e);
        const li = el(
          "li",
          { className: "event-item" + (e.id === state.selected ? " selected" : ""), tabIndex: 0 },
          el("div", { textContent: e.title }),
          el("div", { className: "when", textContent: `${e.start || "?"} – ${e.end || "?"} · ${(e.documents || []).length} documents` }),
          el("div", { className: "figs" }, h.killed ? el("span", { className: "killed", textContent: `killed ${fmt(h.killed)}` }) : null,
            h.killed ? " · " : null, summary(Object.assign({}, e, { figures: (e.figures || []).filter((f) => f.kind !== "killed") }))),
        );
        li.dataset.id = e.id;
        li.addEventListener("click", () => select(e.id));
        li.addEventListener("keydown", (ev) => {
          if (ev.key === "Enter" || ev.key === " ") select(e.id);
        });
        return li;
      }),
    );
  }

  function seconds(t) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? null : ms / 1000;
  }

  // drawChart plots, per figure, the values reported over time: each
  // report's lower bound, held until the next, on one time axis and a
  // logarithmic value axis.
  function drawChart(e) {
    const box = document.getElementById("chart");
    if (state.chart) {
      state.chart.destroy();
      state.chart = null;
    }
    box.replaceChildren();
    const figs = (e.figures || []).filter((f) => !f.vague && (f.history || []).some((h) => seconds(h.time) != null));
    if (!figs.length) return;
    const xs = [...new Set(figs.flatMap((f) => f.history.map((h) => seconds(h.time)).filter((x) => x != null)))].sort((a, b) => a - b);
    const data = [xs];
    const series = [{}];
    const palette = ["#b3261e", "#e37400", "#0b57d0", "#188038", "#a142f4", "#5b6570", "#f538a0", "#12858a",
      "#7d5260", "#9aa0a6", "#1a73e8", "#fbbc04", "#34a853", "#8430ce", "#ea4335", "#00897b"];
    figs.forEach((f, i) => {
      const at = new Map();
      for (const h of f.history) {
        const x = seconds(h.time);
        if (x != null && !h.vague && h.min > 0) at.set(x, Math.max(at.get(x) || 0, h.min));
      }
      data.push(xs.map((x) => (at.has(x) ? at.get(x) : null)));
      series.push({ label: `${f.kind} ${f.group}`, stroke: palette[i % palette.length], width: 2, spanGaps: true, paths: uPlot.paths.stepped({ align: 1 }), points: { size: 6 } });
    });
    const width = Math.max(320, box.clientWidth || document.getElementById("detail").clientWidth - 24);
    // A log scale: a toll of 7 and 1,500 detained on one chart.
    const opts = { width, height: 240, series, axes: [{}, { size: 60 }], scales: { x: { time: true }, y: { distr: 3 } } };
    state.chart = new uPlot(opts, data, box);
  }

  function drawDetail(e) {
    document.getElementById("detail-title").textContent = e ? e.title : "Select an event";
    const meta = document.getElementById("detail-meta");
    const body = document.querySelector("#figures tbody");
    const devs = document.getElementById("developments");
    if (!e) {
      meta.textContent = "";
      body.replaceChildren();
      devs.replaceChildren();
      drawChart({ figures: [] });
      return;
    }
    const p = e.place;
    meta.textContent = [
      p ? `${p.name} (${p.precision})` : "place unknown",
      `${e.start || "?"} – ${e.end || "?"}`,
      (e.types || []).join(", "),
      `${(e.documents || []).length} documents, ${(e.duplicates || []).length} copies, ${(e.sources || []).length} sources`,
    ].filter(Boolean).join(" · ");
    body.replaceChildren(
      ...(e.figures || []).map((f) => {
        const who = [...(f.latest?.reported_by || []), ...(f.latest?.citing || [])].join(" → ");
        const tr = el(
          "tr",
          { className: f.conflict ? "conflict" : "", title: f.conflict ? "independent sources disagree" : "" },
          el("td", { textContent: f.kind }),
          el("td", { textContent: f.group }),
          el("td", { className: "num", textContent: fmt(f.low) }),
          el("td", { className: "num", textContent: f.vague ? "vague" : fmt(f.best) }),
          el("td", { className: "num", textContent: fmt(f.high) }),
          el("td", { textContent: who }),
          el("td", { className: "num", textContent: fmt(f.citations) }),
          el("td", { className: "num", textContent: fmt(f.independent_sources) }),
          el("td", { textContent: f.best_rule || "" }),
        );
        return tr;
      }),
    );
    devs.replaceChildren(...developments(e).map((g) =>
      el("li", {},
        el("span", { className: "ev", textContent: `${g.day} ${g.type.replaceAll("_", " ")}` }),
        g.count > 1 ? ` ×${g.count}` : "",
        `: “${g.evidence}”`,
        g.sources.length ? ` (${g.sources.slice(0, 4).join(", ")}${g.sources.length > 4 ? ", …" : ""})` : ""),
    ));
    drawChart(e);
  }

  // developments groups an event's developments by day and type: how
  // many reports, the first one's words, and who reported them.
  function developments(e) {
    const groups = new Map();
    for (const d of e.developments || []) {
      const day = (d.time || "").slice(0, 10);
      const k = `${day} ${d.type}`;
      let g = groups.get(k);
      if (!g) {
        g = { day, type: d.type, count: 0, evidence: d.evidence, sources: [] };
        groups.set(k, g);
      }
      g.count++;
      if (d.source && !g.sources.includes(d.source)) g.sources.push(d.source);
    }
    return [...groups.values()];
  }

  function select(id) {
    state.selected = id;
    const u = new URL(location.href);
    u.searchParams.set("event", id);
    history.replaceState(null, "", u);
    render();
  }

  function render() {
    const events = (state.report && state.report.events) || [];
    if (!events.some((e) => e.id === state.selected)) state.selected = events.length ? events[0].id : "";
    drawMap(events);
    drawList(events);
    drawDetail(events.find((e) => e.id === state.selected));
  }

  async function load() {
    const status = document.getElementById("status");
    try {
      const r = await fetch("/api/report?format=json", { headers: { Accept: "application/json" } });
      if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
      state.report = await r.json();
      const n = (state.report.events || []).length;
      status.textContent = `${n} event${n === 1 ? "" : "s"} · updated ${new Date().toLocaleTimeString("en-GB")}`;
      render();
    } catch (err) {
      status.textContent = `could not load the report: ${err.message}`;
    }
  }

  load();
  setInterval(load, REFRESH * 1000);
})();
