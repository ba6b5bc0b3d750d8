#!/usr/bin/env bash
# Builds the static assets the portal serves at /static/<path>.
#
#   scripts/build-assets.sh OUTDIR
#
# Copies what the pages need from node_modules/dkfds/dist (the neutral theme CSS, the IBM Plex Sans
# fonts that CSS refers to, the JavaScript, the SVG icons and sprite) into OUTDIR/dkfds/, keeping
# dkfds' own css/ fonts/ img/ js/ layout so the relative url(../fonts/...) and url(../img/...) in its
# CSS resolve. Then copies our own static/ over OUTDIR, and writes a gzip -9 -n sibling (.gz) for
# every text file over 1 KB. Only changed files are copied or recompressed, so a second run is fast.
set -euo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="$1"
dkfds_dist="$repo_root/node_modules/dkfds/dist"
own_static="$repo_root/static"

if [[ ! -f "$dkfds_dist/css/dkfds.min.css" ]]; then
    echo "error: $dkfds_dist not found: run 'npm ci' in $repo_root first" >&2
    exit 1
fi
if [[ ! -d "$own_static" ]]; then
    echo "error: $own_static not found" >&2
    exit 1
fi

mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

# Copies SOURCE to DESTINATION only if the content differs, so an unchanged file keeps its mtime
# (and its ETag). npm stamps every packaged file with the same old mtime, so mtimes of sources
# say nothing: compare content.
copy_if_changed() {
    local source="$1" destination="$2"
    if [[ -f "$destination" ]] && cmp -s "$source" "$destination"; then
        return 0
    fi
    mkdir -p "$(dirname "$destination")"
    cp "$source" "$destination.tmp.$$"
    mv -f "$destination.tmp.$$" "$destination"
}

# 1. dkfds: the neutral theme (dkfds.min.css; the borger.dk and virk.dk themes are not ours).
copy_if_changed "$dkfds_dist/css/dkfds.min.css" "$out_dir/dkfds/css/dkfds.min.css"
copy_if_changed "$dkfds_dist/css/dkfds.min.css.map" "$out_dir/dkfds/css/dkfds.min.css.map"
copy_if_changed "$dkfds_dist/js/dkfds.min.js" "$out_dir/dkfds/js/dkfds.min.js"
copy_if_changed "$dkfds_dist/js/dkfds.min.js.map" "$out_dir/dkfds/js/dkfds.min.js.map"

# Every file the CSS refers to with url(../...): fonts (only the weights and formats used, not the
# 12 MB of the whole family), icons and images. Fails if one of them is missing from the package.
referenced="$(grep -o 'url([^)]*)' "$dkfds_dist/css/dkfds.min.css" \
    | sed -e 's/^url(//' -e 's/)$//' -e "s/^[\"']//" -e "s/[\"']$//" \
    | grep '^\.\./' | sed -e 's/[?#].*$//' -e 's|^\.\./||' | sort -u)"
while IFS= read -r relative; do
    [[ -z "$relative" ]] && continue
    if [[ ! -f "$dkfds_dist/$relative" ]]; then
        echo "error: dkfds.min.css refers to $relative, which is not in $dkfds_dist" >&2
        exit 1
    fi
    copy_if_changed "$dkfds_dist/$relative" "$out_dir/dkfds/$relative"
done <<< "$referenced"

# The icon sprite (used by <svg><use href="…/all-svg-icons.svg#name">), all single icons, and the
# font licence.
copy_if_changed "$dkfds_dist/img/all-svg-icons.svg" "$out_dir/dkfds/img/all-svg-icons.svg"
for icon in "$dkfds_dist"/img/svg-icons/*.svg; do
    copy_if_changed "$icon" "$out_dir/dkfds/img/svg-icons/$(basename "$icon")"
done
copy_if_changed "$dkfds_dist/LICENSE.md" "$out_dir/dkfds/LICENSE.md"
if [[ -f "$dkfds_dist/fonts/IBMPlexSans/complete/woff2/license.txt" ]]; then
    copy_if_changed "$dkfds_dist/fonts/IBMPlexSans/complete/woff2/license.txt" \
        "$out_dir/dkfds/fonts/IBMPlexSans/license.txt"
elif [[ -f "$dkfds_dist/fonts/IBMPlexSans/split/woff/license.txt" ]]; then
    copy_if_changed "$dkfds_dist/fonts/IBMPlexSans/split/woff/license.txt" \
        "$out_dir/dkfds/fonts/IBMPlexSans/license.txt"
fi

# 2. Our own static files (css/portal.css, js/portal.js, robots.txt, favicon.svg, …).
while IFS= read -r -d '' file; do
    relative="${file#"$own_static"/}"
    copy_if_changed "$file" "$out_dir/$relative"
done < <(find "$own_static" -type f ! -name '*.gz' ! -name '.*' -print0)

# 3. Pre-compressed siblings for text files over 1 KB. A .gz carries its source's mtime, so it is
#    rebuilt exactly when the source was replaced.
while IFS= read -r -d '' file; do
    if [[ $(stat -c %s "$file") -le 1024 ]]; then
        rm -f "$file.gz"
        continue
    fi
    if [[ ! -f "$file.gz" || $(stat -c %Y "$file") != $(stat -c %Y "$file.gz") ]]; then
        gzip -9 -n -c "$file" > "$file.gz.tmp.$$"
        touch -r "$file" "$file.gz.tmp.$$"
        mv -f "$file.gz.tmp.$$" "$file.gz"
    fi
done < <(find "$out_dir" -type f \( -name '*.css' -o -name '*.js' -o -name '*.svg' -o -name '*.txt' \
    -o -name '*.json' -o -name '*.map' -o -name '*.md' \) -print0)

echo "build-assets: $out_dir ready ($(find "$out_dir" -type f | wc -l) files, $(du -sh "$out_dir" | cut -f1))"
