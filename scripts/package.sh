#!/usr/bin/env bash
# Builds the installable app: the UI, the app in the size-tuned `dist` profile, and with the
# Tauri bundler a .deb and an .rpm (desktop entry, icons, the welcome-ruhr:// scheme, package
# metadata from src-tauri/tauri.conf.json). Checks the desktop entry inside the .deb and writes
# the sizes beside their targets into benches/PACKAGING.md (PACKAGE_REPORT names another
# report; empty: none, as in CI).
#
# No AppImage: the bundler downloads linuxdeploy and its plugins to make one.
set -euo pipefail
cd "$(dirname "$0")/.."
report="${PACKAGE_REPORT-benches/PACKAGING.md}"
./scripts/install-deps.sh
./scripts/build-ui.sh
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
bundle_dir="$target_dir/dist/bundle"
rm -rf "$bundle_dir/deb" "$bundle_dir/rpm"

started=$(date +%s)
# The CLI passes what follows `--` to cargo and takes the binary from target/dist.
# The notification plugin's npm package (2.5, the newest published) trails its crate (2.8):
# the CLI would refuse that pair, which the app has run with all along.
ui/node_modules/.bin/tauri build --ci --ignore-version-mismatches --bundles deb,rpm -- --profile dist
seconds=$(( $(date +%s) - started ))

binary="$target_dir/dist/welcome-app"
deb=$(ls "$bundle_dir"/deb/*.deb)
rpm=$(ls "$bundle_dir"/rpm/*.rpm)

# The desktop entry as installed: valid, in a menu category, described for users, and the
# handler of welcome-ruhr:// links.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop=$(ls "$unpacked"/usr/share/applications/*.desktop)
desktop-file-validate "$desktop"
grep -q '^MimeType=.*x-scheme-handler/welcome-ruhr;' "$desktop" || { echo "$desktop: no x-scheme-handler/welcome-ruhr" >&2; exit 1; }
grep -q '^Categories=.\+' "$desktop" || { echo "$desktop: no Categories" >&2; exit 1; }
grep -q '^Exec=.*%[uU]' "$desktop" || { echo "$desktop: Exec takes no URL" >&2; exit 1; }
if grep -qi 'tauri\|welcome-core' "$desktop"; then echo "$desktop describes the code, not the app" >&2; exit 1; fi
icons=$(cd "$unpacked/usr/share/icons/hicolor" && ls -d */apps/*.png | cut -d/ -f1 | sort -V | tr '\n' ' ')

fragment=$(mktemp)
python3 - "$binary" "$deb" "$rpm" "$seconds" "$icons" >"$fragment" <<'PY'
import datetime, os, platform, sys
binary, deb, rpm, seconds, icons = sys.argv[1:6]
def row(name, path, target):
    size = os.path.getsize(path)
    mb, mib = size / 1e6, size / 2**20
    verdict = "—" if target is None else ("met" if size < target * 1e6 else "missed")
    goal = "—" if target is None else f"< {target} MB"
    return f"| {name} (`{os.path.basename(path)}`) | {size:,} | {mb:.1f} MB ({mib:.1f} MiB) | {goal} | {verdict} |"
print("## Sizes\n")
print(f"Built {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC by `make package` on "
      f"{platform.node()} ({platform.machine()}, {os.cpu_count()} cores, "
      f"{platform.freedesktop_os_release().get('PRETTY_NAME', 'Linux')}); build and bundling took {int(seconds) // 60} min {int(seconds) % 60} s "
      "(with whatever the target folder already held).\n")
print("| What | Bytes | Size | Target | |")
print("|---|---:|---:|---:|---|")
print(row("App binary, dist profile", binary, 12))
print(row(".deb", deb, 6))
print(row(".rpm", rpm, None))
print(f"\nIcons in the package (hicolor): {icons.strip()}.")
PY
[ -z "$report" ] || ./scripts/report-section.py "$report" sizes "$fragment"
cat "$fragment"
rm -f "$fragment"
echo "$deb"
echo "$rpm"
