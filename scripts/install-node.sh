#!/usr/bin/env bash
# Prints the path of a Node binary of the given line or version, installed from the npm registry (the
# node-<platform>-<arch> packages hold the official binaries) into node_modules/.cache/ unless already there.
#   scripts/install-node.sh            the production runtime: the Docker image's NODE_VERSION
#   scripts/install-node.sh 24         the same: a major names the Docker image's version when it is that line
#   scripts/install-node.sh 20         the newest 20.x
# npm's own output goes to stderr, so `PATH="$(dirname "$(scripts/install-node.sh)"):$PATH"` works.
set -euo pipefail
cd "$(dirname "$0")/.."
production="$(sed -n 's/^ARG NODE_VERSION=//p' Dockerfile)"
version="${1:-$production}"
if [[ "$version" == "${production%%.*}" ]]; then version="$production"; fi
package="node-$(node -p 'process.platform + "-" + process.arch')"
prefix="node_modules/.cache/node-$version"
binary="$prefix/node_modules/$package/bin/node"
if [[ ! -x "$binary" ]]; then
  npm install --no-save --no-audit --no-fund --prefix "$prefix" "$package@$version" >&2
fi
echo "$PWD/$binary"
