#!/usr/bin/env bash
# End-to-end test of Scripts/install.sh, run by Scripts/test.sh: installs into a temporary
# prefix, runs a copy of only that prefix from another folder (the status paragraph, the
# parties as CSV, the dashboard in tmux, the manual page, the bash completion), then
# uninstalls and checks that the prefix is as it was and the user's data untouched. A second
# install into $HOME/.local, where the shipped data shares the user's data folder, checks
# that uninstalling there removes the shipped files and nothing of the user's.
#
# Usage: Scripts/test-install.sh       (needs tmux, man and groff; exits 1 on a failure)
set -euo pipefail
cd "$(dirname "$0")/.."
source_tree=$PWD

work=$(mktemp -d)
socket="btap-install-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf -- "$work"' EXIT
failures=0
check() {
  local what=$1
  shift
  if "$@"; then
    echo "ok: $what"
  else
    echo "FAILED: $what" >&2
    failures=$((failures + 1))
  fi
}
contains() { grep -qF -- "$2" <<<"$1"; }
# Every path under a folder with its type, and a checksum for each file: what "as it was" means.
inventory() {
  (cd "$1" && find . -mindepth 1 -printf '%y %p\n' | sort && find . -type f -exec sha256sum {} + | sort)
}

home=$work/home
prefix=$work/prefix
elsewhere=$work/elsewhere
mkdir -p "$home" "$elsewhere" "$prefix/bin" "$prefix/share/man/man1"
# What the prefix held before: another tool's files, in folders the install also uses.
echo '#!/bin/sh' >"$prefix/bin/other-tool"
echo '.TH OTHER 1' >"$prefix/share/man/man1/other-tool.1"
before=$(inventory "$prefix")
user_env=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "TERM=xterm-256color")

echo "== installing into $prefix" >&2
Scripts/install.sh --prefix "$prefix" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; echo "FAILED: install.sh" >&2; exit 1; }
for path in bin/btap libexec/btap/btap-feed share/btap/parties.tsv share/btap/world-map.txt \
  share/man/man1/btap.1 share/bash-completion/completions/btap share/zsh/site-functions/_btap \
  share/fish/vendor_completions.d/btap.fish share/btap/install-manifest; do
  check "installed $path" test -s "$prefix/$path"
done

# A copy of only the prefix, run from another folder: nothing of the source tree is used.
copy=$work/copy
cp -a "$prefix" "$copy"
btap=$copy/bin/btap
cd "$elsewhere"
version=$("${user_env[@]}" "$btap" --version)
check "--version names the version" contains "$version" "btap 0.2.0"
check "--version names the data's date and the copy's data" \
  contains "$version" "data as of 2025-10-01 ($copy/share/btap)"

status=$("${user_env[@]}" "$btap" status)
check "btap status from another folder" contains "$status" "had 48 parties"
csv=$("${user_env[@]}" "$btap" parties --format csv)
check "btap parties --format csv: the header" \
  contains "$(head -1 <<<"$csv")" "name,iso2,region,signature_date"
check "btap parties --format csv: Indonesia's row" \
  contains "$csv" "Indonesia,ID,Asia-Pacific,2012-12-18,ratification,2020-01-28,2020-04-28,party"
"${user_env[@]}" "$btap" mark GB --ratification --date 2026-01-15 >/dev/null
data=$home/.local/share/btap
check "a mark is saved in the user's data folder" grep -q $'\tGB\tratification\t2026-01-15' \
  "$data/marks.tsv"

# The dashboard, in a private tmux server at 120x40.
tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 40 -c "$elsewhere" \
  "${user_env[*]} $btap; echo exited \$? >$work/dashboard.exit; sleep 5"
screen=""
for _ in $(seq 1 100); do
  screen=$(tmux -L "$socket" capture-pane -p)
  contains "$screen" "time travel" && break
  sleep 0.1
done
check "the dashboard's first frame: the header" contains "$screen" "data as of 2025-10-01"
check "the dashboard's first frame: the mark counted" contains "$screen" "49 parties · 30 needed"
grep -q "49 parties" <<<"$screen" || { echo "the screen was:" >&2; echo "$screen" >&2; }
tmux -L "$socket" send-keys q
for _ in $(seq 1 50); do [[ -f $work/dashboard.exit ]] && break; sleep 0.1; done
check "the dashboard quits with 0" grep -qx "exited 0" "$work/dashboard.exit"
tmux -L "$socket" kill-server 2>/dev/null || true

# The manual page renders without a warning, with the keys and files sections.
manual=$(MANPAGER=cat MANWIDTH=80 man -l "$copy/share/man/man1/btap.1" 2>"$work/man.err")
check "man -l renders the page" contains "$manual" "btap status"
check "the manual page lists the dashboard's keys" contains "$manual" "DASHBOARD KEYS"
check "the manual page lists the files" contains "$manual" "marks.tsv"
check "the manual page renders without a warning" test ! -s "$work/man.err"

completion=$(bash -c "source '$copy/share/bash-completion/completions/btap'; complete -p btap")
check "the bash completion is registered" contains "$completion" "-F _btap btap"
if command -v zsh >/dev/null; then
  check "the zsh completion parses" zsh -n "$copy/share/zsh/site-functions/_btap"
fi
if command -v fish >/dev/null; then
  check "the fish completion parses" fish -n "$copy/share/fish/vendor_completions.d/btap.fish"
fi
cd "$source_tree"

data_before=$(inventory "$data")
echo "== uninstalling from $prefix" >&2
Scripts/install.sh --prefix "$prefix" --uninstall >/dev/null
check "uninstall leaves the prefix as it was" test "$(inventory "$prefix")" == "$before"
check "uninstall leaves the user's data untouched" test "$(inventory "$data")" == "$data_before"

# The default prefix, ~/.local: the shipped data shares the user's data folder.
echo "== installing into $home/.local, beside the user's data" >&2
HOME=$home Scripts/install.sh >"$work/install-home.log" 2>&1 \
  || { cat "$work/install-home.log" >&2; echo "FAILED: install.sh into ~/.local" >&2; exit 1; }
status=$("${user_env[@]}" "$home/.local/bin/btap" status)
check "btap in ~/.local reads the user's mark beside the shipped data" \
  contains "$status" "had 49 parties"
HOME=$home Scripts/install.sh --uninstall >/dev/null
check "uninstall from ~/.local leaves the user's data untouched" \
  test "$(inventory "$data")" == "$data_before"
check "uninstall from ~/.local removes the shipped data" test ! -e "$data/parties.tsv"
check "uninstall from ~/.local removes the executable" test ! -e "$home/.local/bin/btap"

if ((failures > 0)); then
  echo "test-install: $failures failed" >&2
  exit 1
fi
echo "test-install: every check passed"
