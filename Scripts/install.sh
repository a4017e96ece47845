#!/usr/bin/env bash
# Installs btap into a prefix, as a Unix tool: the release executable, its feed helper, the
# shipped data, a manual page and completions for bash, zsh and fish. Uninstalls exactly
# what it installed, never the user's data.
#
# Usage: Scripts/install.sh [--prefix DIR]              build and install (default ~/.local)
#        Scripts/install.sh [--prefix DIR] --uninstall  remove what the install put there
#
# What goes where, under the prefix:
#   bin/btap                                   the dashboard and command-line companion
#   libexec/btap/btap-feed                     the feed reader `btap news import` runs
#   share/btap/                                the shipped data (btap finds it beside bin/)
#   share/man/man1/btap.1                      the argument parser's manual page, with the
#                                              dashboard's keys, environment and files added
#   share/bash-completion/completions/btap     completions, where each shell looks by default
#   share/zsh/site-functions/_btap
#   share/fish/vendor_completions.d/btap.fish
#   share/btap/install-manifest                every file and folder the install created
#
# The user's data ($BTAP_DATA_DIR, else $XDG_DATA_HOME/btap, else ~/.local/share/btap) is
# never written or removed; with the default prefix the shipped data shares that folder,
# under names of its own. Environment: SCRATCH (default .build), the build folder.
set -euo pipefail

prefix="$HOME/.local"
uninstall=0
usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --prefix)
      [[ $# -ge 2 && -n $2 ]] || { echo "install.sh: --prefix needs a folder" >&2; exit 64; }
      prefix=$2
      shift 2
      ;;
    --prefix=*)
      prefix=${1#--prefix=}
      shift
      ;;
    --uninstall)
      uninstall=1
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "install.sh: unknown argument '$1'" >&2
      usage >&2
      exit 64
      ;;
  esac
done
[[ -n $prefix ]] || { echo "install.sh: --prefix needs a folder" >&2; exit 64; }
if ((uninstall)) && [[ ! -d $prefix ]]; then
  echo "install.sh: no btap install in $prefix (no such folder)" >&2
  exit 66
fi
mkdir -p -- "$prefix"
prefix=$(cd -- "$prefix" && pwd -P)
manifest="$prefix/share/btap/install-manifest"

# Removes what a manifest lists: files first, then the folders the install created, deepest
# first, each only when empty (a folder that holds anything else is left, with a note).
remove_installed() {
  local line kind path
  local -a folders=()
  while IFS= read -r line; do
    kind=${line%% *}
    path=$prefix/${line#* }
    case $kind in
      file) rm -f -- "$path" ;;
      folder) folders+=("$path") ;;
    esac
  done <"$manifest"
  rm -f -- "$manifest"
  local index
  for ((index = ${#folders[@]} - 1; index >= 0; index--)); do
    if [[ -d ${folders[index]} ]] && ! rmdir -- "${folders[index]}" 2>/dev/null; then
      echo "install.sh: kept ${folders[index]}: it holds files the install did not put there" >&2
    fi
  done
}

if ((uninstall)); then
  if [[ ! -f $manifest ]]; then
    echo "install.sh: no btap install in $prefix (no $manifest)" >&2
    exit 66
  fi
  remove_installed
  echo "btap removed from $prefix"
  exit 0
fi

cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build}
echo "== building btap, btap-feed and the manual generator (release)" >&2
for product in btap btap-feed generate-manual; do
  swift build -c release --product "$product" --scratch-path "$scratch" >&2
done
built=$(swift build -c release --show-bin-path --scratch-path "$scratch")

# Everything is assembled in a staging folder first, so a failed step installs nothing.
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
stage=$work/prefix
install -D -m 755 "$built/btap" "$stage/bin/btap"
install -D -m 755 "$built/btap-feed" "$stage/libexec/btap/btap-feed"
mkdir -p "$stage/share/btap"
install -m 644 Resources/* "$stage/share/btap/"

echo "== the manual page" >&2
# The parser's page, the data's date as its date, blank lines as paragraph breaks; then the
# sections on keys, environment and files, before its closing EXIT STATUS.
data_date=$(awk -F '\t' '$1 == "data_as_of" { print $2 }' Resources/treaty.tsv)
# The parser lists the unlisted manual-sections command too: its entry is left out.
"$built/generate-manual" "$stage/bin/btap" --date "$data_date" --output-directory - \
  | sed 's/^$/.Pp/' \
  | awk '$0 == ".It Em manual-sections" { skipping = 1 } !skipping { print } skipping && $0 == ".El" { skipping = 0 }' \
    >"$work/parser.1"
"$stage/bin/btap" manual-sections >"$work/sections.1"
mkdir -p "$stage/share/man/man1"
awk -v sections="$work/sections.1" '
  /^\.Sh "EXIT STATUS"/ && !done { while ((getline line < sections) > 0) print line; done = 1 }
  { print }
  END { if (!done) { while ((getline line < sections) > 0) print line } }
' "$work/parser.1" >"$stage/share/man/man1/btap.1"
rm -f "$work/parser.1" "$work/sections.1"

echo "== completions for bash, zsh and fish" >&2
mkdir -p "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" \
  "$stage/share/fish/vendor_completions.d"
"$stage/bin/btap" --generate-completion-script bash \
  >"$stage/share/bash-completion/completions/btap"
"$stage/bin/btap" --generate-completion-script zsh >"$stage/share/zsh/site-functions/_btap"
"$stage/bin/btap" --generate-completion-script fish \
  >"$stage/share/fish/vendor_completions.d/btap.fish"

# The manifest: the folders this install creates (a reinstall keeps the earlier install's),
# then every file, each relative to the prefix.
declare -A created=() earlier_files=()
if [[ -f $manifest ]]; then
  while IFS= read -r line; do
    case ${line%% *} in
      folder) created[${line#* }]=1 ;;
      file) earlier_files[${line#* }]=1 ;;
    esac
  done <"$manifest"
fi
{
  while IFS= read -r folder; do
    relative=${folder#./}
    if [[ -n ${created[$relative]:-} || ! -d $prefix/$relative ]]; then
      echo "folder $relative"
    fi
  done < <(cd "$stage" && find . -mindepth 1 -type d | sort)
  (cd "$stage" && find . -type f | sort | sed 's|^\./|file |')
  echo "file share/btap/install-manifest"
} >"$work/manifest"

echo "== installing into $prefix" >&2
(cd "$stage" && find . -mindepth 1 -type d | sort) | while IFS= read -r folder; do
  mkdir -p -- "$prefix/${folder#./}"
done
(cd "$stage" && find . -type f | sort) | while IFS= read -r file; do
  relative=${file#./}
  # Copy beside, then rename: a running btap keeps its executable, a reader never sees half
  # a file.
  cp -p -- "$stage/$relative" "$prefix/$relative.installing"
  mv -f -- "$prefix/$relative.installing" "$prefix/$relative"
done
cp -- "$work/manifest" "$manifest.installing"
mv -f -- "$manifest.installing" "$manifest"
# A file an earlier install put there that this one no longer ships.
for relative in "${!earlier_files[@]}"; do
  grep -qxF "file $relative" "$manifest" || rm -f -- "$prefix/$relative"
done

echo "btap installed in $prefix:"
echo "  $prefix/bin/btap ($("$prefix/bin/btap" --version | tr '\n' ' '))"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "  add $prefix/bin to PATH to run it as btap" ;;
esac
echo "  manual: man -l $prefix/share/man/man1/btap.1 (or man btap once $prefix/share/man is on MANPATH)"
echo "  uninstall: Scripts/install.sh --prefix $prefix --uninstall"
