#!/usr/bin/env bash
# Re-vendor the chart scripts the site serves itself, from the npm registry at pinned versions.
# Versions match what vl-convert renders with (vega) and what Altair writes (vega-lite).
set -euo pipefail
cd "$(dirname "$0")/.."
target=scripts/assets/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A files=(
  [vega@6.2.0]=build/vega.min.js
  [vega-lite@6.4.1]=build/vega-lite.min.js
  [vega-embed@7.1.0]=build/vega-embed.min.js
  [vega-interpreter@2.2.1]=build/vega-interpreter.js
)
mkdir -p "$target"
: > "$target/VERSIONS.txt"
for package in "${!files[@]}"; do
  (cd "$work" && npm pack -q "$package" >/dev/null)
  name=${package%@*}; version=${package#*@}
  tar xzf "$work/$name-$version.tgz" -C "$work"
  cp "$work/package/${files[$package]}" "$target/"
  licence=$(ls "$work"/package/LICENSE* 2>/dev/null | head -1 || true)
  if [ -n "$licence" ]; then
    cp "$licence" "$target/LICENSE-$name"
  else  # vega-interpreter ships no licence file; its package.json names the Vega project's BSD-3-Clause
    echo "$name $version: $(node -p "require('$work/package/package.json').license"), as the Vega project (see LICENSE-vega)." > "$target/LICENSE-$name"
  fi
  echo "$name $version ${files[$package]} sha256:$(sha256sum "$work/package/${files[$package]}" | cut -c1-64)" >> "$target/VERSIONS.txt"
  rm -rf "$work/package"
done
sort -o "$target/VERSIONS.txt" "$target/VERSIONS.txt"
# vega-interpreter ships only as an ES module importing vega-util; the vega bundle already holds
# those three helpers, so wrap it as a classic script that takes them from the global vega.
{
  echo "/* vega-interpreter 2.2.1 (BSD-3-Clause), wrapped for a classic <script> by tools/vendor_js.sh */"
  echo "(function () {"
  echo "const { ascending, isString, DisallowedObjectProperties } = window.vega;"
  sed -e '/^import /d' -e 's/^export { expression as expressionInterpreter };/window.vegaInterpreter = { expressionInterpreter: expression };/' \
      -e '/sourceMappingURL/d' "$target/vega-interpreter.js"
  echo "})();"
} > "$target/vega-interpreter.global.js"
rm "$target/vega-interpreter.js"
