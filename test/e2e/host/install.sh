#!/usr/bin/env bash
# Installs a real VS Code (code-server 4.100.3 = VS Code 1.100.3) into .vscode-test/code-server, offline except for
# the npm registry and Debian's packages: the way @vscode/test-electron caches a VS Code under .vscode-test/.
# Idempotent: a second run finds the install and does nothing.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd "$HERE/../../.." && pwd)
VERSION=${CODE_SERVER_VERSION:-4.100.3}
ROOT="$PROJECT/.vscode-test/code-server-$VERSION"
BIN="$ROOT/node_modules/.bin/code-server"

if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1; then
  echo "code-server $VERSION is installed in ${ROOT#$PROJECT/}"
  exit 0
fi

# Debian packages: Chromium drives the workbench; code-server's kerberos module needs gssapi.h (libkrb5-dev,
# pkg-config); ripgrep replaces the binary @vscode/ripgrep would download from GitHub.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
# Emoji (the status bar's coloured squares) in screenshots.
fc-list 2>/dev/null | grep -qi 'color emoji' || need+=(fonts-noto-color-emoji)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "install these Debian packages first: ${need[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

mkdir -p "$ROOT/scratch"
# @vscode/ripgrep looks in $TMPDIR/vscode-ripgrep-cache-<version>/ before it downloads: seed it with Debian's rg.
RG_CACHE="$ROOT/scratch/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE" "$ROOT/scratch/rg"
cp "$(command -v rg)" "$ROOT/scratch/rg/rg"
tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$ROOT/scratch/rg" rg
rm -rf "$ROOT/scratch/rg"

cd "$ROOT"
[ -f package.json ] || echo '{ "name": "vscode-test-host", "private": true }' > package.json
# npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
# npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which must not stop to ask.
export XDG_CONFIG_HOME="$ROOT/xdg/config" XDG_DATA_HOME="$ROOT/xdg/data" XDG_CACHE_HOME="$ROOT/xdg/cache"
TMPDIR="$ROOT/scratch" npm_config_yes=true npm_config_unsafe_perm=true npm_config_audit=false npm_config_fund=false \
  npm install --no-save --no-package-lock "code-server@$VERSION" --foreground-scripts --loglevel=error
"$BIN" --version | head -1
