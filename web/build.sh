#!/bin/sh
# Rebuilds web/static/vendor and web/static/countries.geojson from npm
# packages, so that `go build` needs neither Node nor the network. The
# outputs are committed; run this only to change a version.
#
#   sh web/build.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --ignore-scripts --no-audit --no-fund \
	leaflet@1.9.4 uplot@1.6.32 world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
cp "$here/build.mjs" "$work/"  # resolve imports from the work dir
node "$work/build.mjs" "$work/node_modules" "$here/static"
