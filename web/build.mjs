// Copies the dashboard's front-end libraries out of node_modules and
// turns world-atlas's TopoJSON countries into GeoJSON that a planar map
// draws without a wedge across the antimeridian. Run by build.sh.
import { readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { feature } from "topojson-client";

const [mods, out] = process.argv.slice(2);
const vendor = join(out, "vendor");
mkdirSync(vendor, { recursive: true });
for (const [from, to] of [
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["leaflet/LICENSE", "leaflet.LICENSE"],
  ["uplot/dist/uPlot.iife.min.js", "uPlot.iife.min.js"],
  ["uplot/dist/uPlot.min.css", "uPlot.min.css"],
  ["uplot/LICENSE", "uplot.LICENSE"],
  ["world-atlas/LICENSE", "world-atlas.LICENSE"],
]) {
  copyFileSync(join(mods, from), join(vendor, to));
}

// A ring that crosses the antimeridian has longitudes near both -180 and
// 180; moving its western points east by 360 keeps it in one piece.
function unwrap(ring) {
  const west = ring.some(([x]) => x < -170), east = ring.some(([x]) => x > 170);
  if (!(west && east)) return ring;
  return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}
function round(ring) {
  return ring.map(([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
}

const topo = JSON.parse(readFileSync(join(mods, "world-atlas/countries-110m.json"), "utf8"));
const fc = feature(topo, topo.objects.countries);
for (const f of fc.features) {
  const g = f.geometry;
  if (!g) continue;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const fixed = polys.map((p) => p.map((r) => round(unwrap(r))));
  f.geometry = g.type === "Polygon" ? { type: "Polygon", coordinates: fixed[0] } : { type: "MultiPolygon", coordinates: fixed };
  f.properties = { name: f.properties.name };
}
writeFileSync(join(out, "countries.geojson"), JSON.stringify(fc));
