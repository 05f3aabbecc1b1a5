// Package web holds the dashboard: one page with its script and style,
// the front-end libraries it uses (Leaflet for the map, uPlot for the
// timeline) and the countries' shapes it draws (Natural Earth, through
// the world-atlas package), all embedded so that the binary serves them
// with no network and no Node.
//
// The libraries and shapes under static/vendor and static/countries.geojson
// are copied out of npm by build.sh and committed; the page, app.js and
// app.css are this project's own. The page reads the report from
// /api/report, which httpapi serves next to it.
package web

import (
	"embed"
	"io/fs"
)

//go:embed static
var files embed.FS

// Static returns the dashboard's files: index.html, app.js, app.css,
// countries.geojson and vendor/.
func Static() fs.FS {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the directory is embedded above
	}
	return sub
}
