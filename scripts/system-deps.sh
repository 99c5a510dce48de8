#!/usr/bin/env bash
# The Debian packages the tests drive: Neovim and Emacs with Eglot (independent LSP clients) and Chromium (preview
# tests and the VS Code workbench). Installs what is missing when run as root; otherwise says what to install.
set -euo pipefail
need=()
command -v nvim >/dev/null || need+=(neovim)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v emacs >/dev/null || need+=(emacs-nox)
[ -d /usr/share/emacs/site-lisp/elpa-src ] && ls /usr/share/emacs/site-lisp/elpa-src | grep -q '^eglot' || need+=(elpa-eglot)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "The tests need these Debian packages: ${need[*]} (sudo apt-get install ${need[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
