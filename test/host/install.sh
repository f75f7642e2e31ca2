#!/usr/bin/env bash
# Installs the offline VS Code host used by `npm run test:e2e`:
#   - VS Code 1.100.3 server + web workbench, which ship inside the code-server 4.100.3 npm tarball
#     (the last code-server release whose install accepts Node 20);
#   - Debian's Chromium, driven headless by playwright-core, to load the workbench;
#   - and Debian's Neovim (0.7, built-in LSP client), the second editor of test/nvim.
# Only the npm registry and the Debian archive are reached. Idempotent: re-running is cheap.
set -euo pipefail
cd "$(dirname "$0")"
t0=$(date +%s)

# 1. System packages. chromium renders the workbench; ripgrep replaces the binary that @vscode/ripgrep
#    would fetch from GitHub; libkrb5-dev provides gssapi.h for VS Code's native 'kerberos' module; neovim is
#    the editor of test/nvim.
need_apt=0
command -v chromium >/dev/null 2>&1 || need_apt=1
command -v nvim >/dev/null 2>&1 || need_apt=1
command -v rg >/dev/null 2>&1 || need_apt=1
[ -e /usr/include/gssapi/gssapi.h ] || need_apt=1
if [ "$need_apt" = 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium ripgrep libkrb5-dev neovim >/dev/null
fi

# 2. Fetch the packages first with scripts off: code-server's postinstall must only run after step 3.
if [ -f package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund
else
  npm install --ignore-scripts --no-audit --no-fund
fi

# 3. code-server's postinstall runs `npm install` inside lib/vscode, where @vscode/ripgrep's own postinstall
#    downloads rg from GitHub unless its tmpdir cache already has the release archive. Put Debian's rg there,
#    under the name (release tag) that the pinned @vscode/ripgrep version looks for.
shrinkwrap=node_modules/code-server/lib/vscode/npm-shrinkwrap.json
rg_version=$(node -p "((require('./$shrinkwrap').packages || {})['node_modules/@vscode/ripgrep'] || {}).version || ''")
if [ -n "$rg_version" ]; then
  work=$(mktemp -d)
  (cd "$work" && npm pack -q "@vscode/ripgrep@$rg_version" >/dev/null && tar xzf ./*.tgz package/lib/postinstall.js)
  rg_tag=$(sed -n "s/^const VERSION = '\(.*\)';.*/\1/p" "$work/package/lib/postinstall.js")
  rm -rf "$work"
  if [ -z "$rg_tag" ]; then echo "install.sh: cannot read the ripgrep release tag of @vscode/ripgrep@$rg_version" >&2; exit 1; fi
  cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$rg_version"
  mkdir -p "$cache"
  tar czf "$cache/ripgrep-$rg_tag-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
fi

# 4. Run code-server's install scripts now. node-pty's postinstall uses `npx node-gyp`, which an npmrc with
#    yes=false cancels; code-server's postinstall refuses to run as root without unsafe-perm.
npm_config_yes=true npm_config_unsafe_perm=true npm rebuild code-server

echo "install.sh: VS Code server $(node node_modules/code-server/lib/vscode/out/server-main.js --version | head -1), $(chromium --version 2>/dev/null), $(nvim --version | head -1), in $(( $(date +%s) - t0 )) s"
