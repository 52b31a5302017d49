#!/usr/bin/env bash
# Measures the app's memory as a user's machine accounts it and writes the figures into
# benches/PACKAGING.md: the PSS (from /proc/PID/smaps_rollup) of the app process and of its
# WebKit processes, under Xvfb, synced from the real portal on loopback (1,200 jobs), on the
# home screen and after browsing 1,000 jobs. Measures the app `make package` built (the dist
# profile), or WELCOME_APP_BIN, e.g. the installed /usr/bin/welcome-app.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
cargo build -p welcome-portal
export WELCOME_PORTAL_BIN="$target_dir/debug/welcome-portal"
export WELCOME_APP_BIN="${WELCOME_APP_BIN:-$target_dir/dist/welcome-app}"
if [ ! -x "$WELCOME_APP_BIN" ]; then
  echo "$WELCOME_APP_BIN is missing: run make package first (or set WELCOME_APP_BIN)" >&2
  exit 1
fi

result=$(mktemp)
fragment=$(mktemp)
trap 'rm -f "$result" "$fragment"' EXIT
./scripts/with-keyring.sh timeout --kill-after=30 900 xvfb-run -a -s "-screen 0 1280x900x24" \
  node tests/e2e/measure-memory.mjs "$result"

# The report names the binary as the repository sees it (target/…), wherever the target folder is.
app_label="${WELCOME_APP_BIN/#$target_dir/target}"
python3 - "$result" "$app_label" >"$fragment" <<'PY'
import json, platform, subprocess, sys, datetime
r = json.load(open(sys.argv[1]))
target = 200
def webkit():
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libwebkit2gtk-4.1-0"], capture_output=True, text=True)
    return out.stdout or "unknown"
print("## Memory\n")
print(f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC by `make memory` on "
      f"{platform.node()} ({platform.machine()}, {platform.freedesktop_os_release().get('PRETTY_NAME', 'Linux')}, "
      f"WebKitGTK {webkit()}), app `{sys.argv[2]}`, under Xvfb at 1280x900, "
      f"synced from the reference portal with {r['jobs']:,} jobs. PSS in MiB from `/proc/PID/smaps_rollup` "
      "of the app and every process it started.\n")
print("| When | App | Web process | Network process | Other | Total | Target | |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
for label, m in (("Home screen after the first sync", r["home"]), (f"After browsing {r['browsed']:,} jobs", r["after"])):
    met = "met" if m["total"] <= target else "missed"
    print(f"| {label} | {m['app']} | {m['web']} | {m['network']} | {m['other']} | **{m['total']}** | <= {target} | {met} |")
PY
./scripts/report-section.py benches/PACKAGING.md memory "$fragment"
cat "$fragment"
