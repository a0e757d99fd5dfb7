#!/usr/bin/env bash
# The unit and integration tests (vitest) again under Node 24 LTS, as a new user on a current Node
# runs them. Node 24 comes from the npm registry's `node` package; the tests run in a copy of the
# tree whose node_modules links to this one's, except the native addons: a copy of better-sqlite3 is compiled for
# Node 24 (not against the machine's `nodedir` setting, which names the system Node's headers), so
# this tree's Node 20 build is left alone.
#
# The copy is compiled against Node 24.18.1's headers, as the binary `npm install` downloads for
# Node 24 was: better-sqlite3 12 compiled against 24.19 or later headers aborts when V8 collects a
# statement (node::ObjectWrap's new cleanup hook, nodejs/node#65446), whatever 24.x runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d "${TMPDIR:-/tmp}/tillpoint-node24.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== Node 24: installing it into $work/toolchain"
npm install --no-audit --no-fund --no-save --prefix "$work/toolchain" node@24 >/dev/null 2>&1
node24="$work/toolchain/node_modules/node/bin/node"
platform=$("$node24" -p 'process.platform + "-" + process.arch')
npm install --no-audit --no-fund --no-save --prefix "$work/headers" "node-$platform@24.18.1" >/dev/null 2>&1
headers="$work/headers/node_modules/node-$platform"
[ -f "$headers/include/node/node.h" ] || { echo "no Node headers in $headers"; exit 1; }
echo "== Node 24: $("$node24" --version), compiling against the headers of 24.18.1"

mkdir -p "$work/tree/node_modules"
tar -C "$root" --exclude=./node_modules --exclude=./.git --exclude=./out --exclude=./dist --exclude=./build \
  --exclude=./test-results -cf - . | tar -C "$work/tree" -xf -
# The native addons are copied, not linked: better-sqlite3 is rebuilt below, and the packaging
# test follows no link when it lists the receipt canvas's addon (@napi-rs) unpacked from the asar.
copied="better-sqlite3 @napi-rs"
for entry in "$root"/node_modules/* "$root"/node_modules/.bin; do
  case " $copied " in *" $(basename "$entry") "*) ;; *) ln -s "$entry" "$work/tree/node_modules/$(basename "$entry")" ;; esac
done
for name in $copied; do cp -R "$root/node_modules/$name" "$work/tree/node_modules/$name"; done

echo "== Node 24: compiling better-sqlite3 for it"
(cd "$work/tree/node_modules/better-sqlite3" &&
  env -u npm_config_nodedir -u NPM_CONFIG_NODEDIR PATH="$(dirname "$node24"):$PATH" \
    "$node24" "$root/node_modules/node-gyp/bin/node-gyp.js" rebuild --release --nodedir="$headers" >"$work/gyp.log" 2>&1) ||
  { cat "$work/gyp.log"; exit 1; }

echo "== Node 24: vitest run"
cd "$work/tree"
PATH="$(dirname "$node24"):$PATH" "$node24" node_modules/vitest/vitest.mjs run
