#!/usr/bin/env bash
# Runs docs/operating.md as an operator would: builds the portal's .deb, installs it with apt on
# this machine, then runs every ```sh block of the guide in order, each in a fresh bash with
# `set -euo pipefail`, and checks after each section that it did what the guide says (the
# config file is read, health and readiness answer, logs are JSON, a backup is made, a restore
# gives a new epoch, an upgrade keeps the config and migrates, a purge removes everything).
# Blocks marked ```sh not-tested are listed and skipped; the guide says why beside each.
#
# CI's machine does not run systemd as PID 1, so `systemctl` and `journalctl` are shell
# functions here that do what systemd would with the *installed* unit file: start reads its
# User=, WorkingDirectory=, Environment=, ExecStartPre= and ExecStart= and runs them as that
# user (setpriv, no new privileges) with a notification socket, returning once the portal
# sends READY=1 (Type=notify); stop sends SIGTERM and requires STOPPING=1 and exit status 0
# within TimeoutStopSec=; the journal is the service's standard output. The backup service
# (Type=oneshot) runs its ExecStart as its user with its UMask; enabling its timer is recorded,
# and the guide starts the service once itself. The unit's
# sandboxing options need a real systemd: they are checked with `systemd-analyze verify` only.
#
# Needs root (it installs and purges the package) and port 8080 free; a welcome-portal package
# already installed here is refused rather than replaced.
#
#   scripts/test-operating.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)
UNIT=/usr/lib/systemd/system/welcome-portal.service
BASE=http://127.0.0.1:8080

fail() { echo "test-operating: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root: it installs the package"
if dpkg-query -W -f='${Status}' welcome-portal 2>/dev/null | grep -q installed; then
  fail "welcome-portal is installed on this machine; purge it first (apt-get purge welcome-portal)"
fi
if [ -e /var/backups/welcome-portal ]; then
  fail "/var/backups/welcome-portal exists; the guide's backups go there: move it away first"
fi
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
  fail "port 8080 is taken; the guide's portal listens there"
fi

work=$(mktemp -d)
export OPERATING_STATE=$work/state
mkdir -p "$OPERATING_STATE" "$work/install" "$work/upgrade" "$work/blocks"
# The service's user reaches its notification socket in here.
chmod 711 "$work" "$OPERATING_STATE"
cleanup() {
  status=$?
  for pidfile in "$OPERATING_STATE/pid" "$OPERATING_STATE/notify.pid"; do
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
    fi
  done
  if dpkg-query -W -f='${Status}' welcome-portal 2>/dev/null | grep -q "ok installed\|config-files"; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq welcome-portal >/dev/null 2>&1 || true
  fi
  # Purging keeps backups; these are the test's own (the directory was not there before).
  rm -rf /var/backups/welcome-portal
  if [ "$status" -ne 0 ] && [ -f "$OPERATING_STATE/journal" ]; then
    echo "--- the portal's log:" >&2
    tail -n 40 "$OPERATING_STATE/journal" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "==> building the package (and the same version as revision 2, to test an upgrade)"
deb=$(./scripts/build-deb.sh)
cp "$deb" "$work/install/"
upgrade=$(./scripts/build-deb.sh --no-build --deb-revision 2)
cp "$upgrade" "$work/upgrade/"
ls -l "$work"/install/*.deb "$work"/upgrade/*.deb

# The guide's blocks, in order: blocks/NNN.sh with NNN.heading (its ## or ### section).
python3 - "$root/docs/operating.md" "$work/blocks" <<'PY'
import pathlib, re, sys
doc, out = pathlib.Path(sys.argv[1]).read_text().splitlines(), pathlib.Path(sys.argv[2])
heading, block, info, n, skipped = "", None, "", 0, []
for line in doc:
    if block is None:
        m = re.match(r"^(#{2,3}) (.*)", line)
        if m:
            heading = m.group(2).strip()
        m = re.match(r"^```(\S*)\s*(.*)$", line)
        if m and m.group(1):
            block, info = [], (m.group(1), m.group(2).strip())
    elif line.startswith("```"):
        if info == ("sh", ""):
            n += 1
            (out / f"{n:03}.sh").write_text("\n".join(block) + "\n")
            (out / f"{n:03}.heading").write_text(heading)
        elif info[0] == "sh":
            if info[1] != "not-tested":
                sys.exit(f"operating.md: unknown block marker ```sh {info[1]} in {heading}")
            skipped.append(f"{heading}: {block[0] if block else ''}")
        block = None
    else:
        block.append(line)
(out / "skipped").write_text("".join(s + "\n" for s in skipped))
PY

# systemctl and journalctl as systemd would run this unit (see the header).
cat >"$work/overrides.sh" <<'SH'
# unit_key KEY [UNIT]: a key of an installed unit (the portal's by default).
unit_key() { sed -n "s/^$1=//p" "/usr/lib/systemd/system/${2:-welcome-portal.service}"; }
portal_running() { [ -f "$OPERATING_STATE/pid" ] && kill -0 "$(cat "$OPERATING_STATE/pid")" 2>/dev/null; }
portal_start() {
  portal_running && return 0
  local user wd env pre exec
  user=$(unit_key User); wd=$(unit_key WorkingDirectory); env=$(unit_key Environment)
  pre=$(unit_key ExecStartPre); exec=$(unit_key ExecStart)
  # StateDirectory=: systemd makes it, owned by the user, before the start.
  install -d -o "$user" -g "$user" -m "$(unit_key StateDirectoryMode)" "/var/lib/$(unit_key StateDirectory)"
  as_unit() { (cd "$wd" && exec env $env setpriv --reuid="$user" --regid="$user" --init-groups --no-new-privs -- "$@"); }
  # shellcheck disable=SC2086
  as_unit $pre >>"$OPERATING_STATE/journal" 2>&1 || { echo "ExecStartPre failed" >&2; return 1; }
  rm -f "$OPERATING_STATE/exit" "$OPERATING_STATE/pid" "$OPERATING_STATE/notify" "$OPERATING_STATE/notify.log"
  # Type=notify: systemd's notification socket, which the service's user may write to.
  python3 -c 'import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind(sys.argv[1])
import os; os.chmod(sys.argv[1], 0o777); open(sys.argv[2], "a").close()
while True:
    with open(sys.argv[2], "a") as log: log.write(s.recv(4096).decode() + "\n")' \
    "$OPERATING_STATE/notify" "$OPERATING_STATE/notify.log" </dev/null >/dev/null 2>&1 &
  echo $! >"$OPERATING_STATE/notify.pid"
  for _ in $(seq 50); do [ -e "$OPERATING_STATE/notify.log" ] && break; sleep 0.1; done
  # shellcheck disable=SC2086
  ( setsid --wait bash -c 'echo $$ >"$OPERATING_STATE/pid"; cd "$1"; shift; exec "$@"' _ "$wd" \
      env $env NOTIFY_SOCKET="$OPERATING_STATE/notify" \
      setpriv --reuid="$user" --regid="$user" --init-groups --no-new-privs -- $exec \
      >>"$OPERATING_STATE/journal" 2>&1 </dev/null
    echo $? >"$OPERATING_STATE/exit" ) &
  # As systemd does for Type=notify: started once the service says READY=1.
  local timeout; timeout=$(unit_key TimeoutStartSec); timeout=${timeout%s}
  for _ in $(seq $((timeout * 10))); do
    grep -qx READY=1 "$OPERATING_STATE/notify.log" 2>/dev/null && return 0
    [ -f "$OPERATING_STATE/exit" ] && { echo "the portal exited $(cat "$OPERATING_STATE/exit") before READY=1" >&2; return 1; }
    sleep 0.1
  done
  echo "the portal sent no READY=1 within ${timeout}s" >&2; return 1
}
portal_stop() {
  portal_running || return 0
  kill -TERM "$(cat "$OPERATING_STATE/pid")"
  local timeout; timeout=$(unit_key TimeoutStopSec); timeout=${timeout%s}
  for _ in $(seq $((timeout * 10))); do [ -f "$OPERATING_STATE/exit" ] && break; sleep 0.1; done
  [ -f "$OPERATING_STATE/exit" ] || { echo "the portal did not stop within ${timeout}s" >&2; return 1; }
  local code; code=$(cat "$OPERATING_STATE/exit")
  rm -f "$OPERATING_STATE/pid"
  kill "$(cat "$OPERATING_STATE/notify.pid")" 2>/dev/null || true
  [ "$code" = 0 ] || { echo "the portal exited $code on SIGTERM" >&2; return 1; }
  grep -qx STOPPING=1 "$OPERATING_STATE/notify.log" || { echo "the portal sent no STOPPING=1" >&2; return 1; }
  echo "stopped" >>"$OPERATING_STATE/stops"
}
# A Type=oneshot unit: its ExecStart as its User with its UMask, to the end.
oneshot_run() {
  local unit=$1 user exec
  user=$(unit_key User "$unit"); exec=$(unit_key ExecStart "$unit")
  # shellcheck disable=SC2086
  (umask "$(unit_key UMask "$unit")" &&
    exec setpriv --reuid="$user" --regid="$user" --init-groups --no-new-privs -- $exec) \
    >>"$OPERATING_STATE/journal" 2>&1 </dev/null
}
systemctl() {
  local verb=$1 now=0 unit=""; shift
  for a in "$@"; do case $a in --now) now=1 ;; --*) ;; *) unit=$a ;; esac; done
  case $unit in
    welcome-portal-backup.timer)
      # Enabling and starting a timer runs nothing now; the test starts its service itself.
      case $verb in
        enable) echo enabled >"$OPERATING_STATE/backup-timer" ;;
        disable) rm -f "$OPERATING_STATE/backup-timer" ;;
        *) echo "test systemctl: no '$verb' for $unit" >&2; return 1 ;;
      esac
      return 0 ;;
    welcome-portal-backup|welcome-portal-backup.service)
      [ "$verb" = start ] || { echo "test systemctl: no '$verb' for $unit" >&2; return 1; }
      oneshot_run welcome-portal-backup.service
      return ;;
    welcome-portal|welcome-portal.service) ;;
    *) echo "test systemctl knows the package's units only, not '$unit'" >&2; return 1 ;;
  esac
  case $verb in
    enable) if [ $now = 1 ]; then portal_start; fi ;;
    disable) if [ $now = 1 ]; then portal_stop; fi ;;
    start) portal_start ;;
    stop) portal_stop ;;
    restart) portal_stop && portal_start ;;
    status) if portal_running; then echo "welcome-portal.service: active (running), pid $(cat "$OPERATING_STATE/pid")"; else echo "welcome-portal.service: inactive"; return 3; fi ;;
    *) echo "test systemctl: no '$verb'" >&2; return 1 ;;
  esac
}
journalctl() {
  local n=10
  while [ $# -gt 0 ]; do case $1 in -n) n=$2; shift 2 ;; *) shift ;; esac; done
  tail -n "$n" "$OPERATING_STATE/journal"
}
SH

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
expect() { "$@" || fail "after '$heading': expected $*"; }

# What each section must have done, checked after its n-th block.
check() {
  local heading=$1 n=$2
  case "$heading#$n" in
    "Install#1")
      expect dpkg-query -W welcome-portal
      expect test -x /usr/bin/welcome-portal
      expect test -f "$UNIT"
      expect test -f /usr/share/welcome-portal/content/README.md
      expect test -f /usr/share/doc/welcome-portal/operating.md
      expect getent passwd welcome-portal
      [ "$(stat -c %U:%G:%a /etc/welcome-portal/portal.toml)" = root:welcome-portal:640 ] ||
        fail "the config file is $(stat -c %U:%G:%a /etc/welcome-portal/portal.toml)"
      grep -qx /etc/welcome-portal/portal.toml /var/lib/dpkg/info/welcome-portal.conffiles ||
        fail "the config file is not a conffile"
      systemd-analyze verify "$UNIT" /usr/lib/systemd/system/welcome-portal-backup.{service,timer} ||
        fail "the installed units do not verify"
      if [ -L /etc/systemd/system/timers.target.wants/welcome-portal-backup.timer ]; then
        fail "the backup timer was enabled by the package, not the operator"
      fi
      ;;
    "Configure#1") expect grep -q '^address = "127.0.0.1:8080"' /etc/welcome-portal/portal.toml ;;
    "Configure#2") expect grep -q '^address: 127.0.0.1:8080' "$out" ;;
    "Start and stop#2")
      [ "$(ps -o user= -p "$(cat "$OPERATING_STATE/pid")")" = welcome-portal ] ||
        fail "the portal does not run as welcome-portal"
      [ "$(curl -fsS "$BASE/v1/ready" | json '["status"]')" = ready ] || fail "not ready on the configured address"
      [ "$(stat -c %U /var/lib/welcome-portal/portal.sqlite)" = welcome-portal ] ||
        fail "the database is not the service's"
      ;;
    "Health and readiness#1")
      [ "$(curl -fsS "$BASE/v1/health" | json '["status"]')" = ok ] || fail "health"
      ;;
    "Logs#1")
      python3 - "$out" <<'PY' || fail "no JSON request line in the log"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
assert any(l.get("message") == "request" and l.get("route") == "/v1/ready" and l.get("status") == 200
           and isinstance(l.get("latency_ms"), float) for l in lines), lines
PY
      ;;
    "Back up#1")
      expect test -f "$OPERATING_STATE/backup-timer"
      [ "$(find /var/backups/welcome-portal -name 'portal-*.sqlite' | wc -l)" = 1 ] || fail "no backup"
      [ "$(stat -c %U:%a /var/backups/welcome-portal/portal-*.sqlite)" = welcome-portal:600 ] ||
        fail "the backup is readable by others"
      # An account and a synced record written after the backup, so the restore takes them away.
      epoch_before=$(curl -fsS "$BASE/v1/health" | json '["epoch"]')
      token=$(curl -fsS -H 'content-type: application/json' \
        -d '{"email": "after-backup@example.org", "password": "a password after the backup"}' \
        "$BASE/v1/accounts" | json '["token"]') || fail "registering after the backup"
      curl -fsS -o /dev/null -H 'content-type: application/json' -H "authorization: Bearer $token" \
        -d '{"client_id": "device-1", "mutations": [{"id": 1, "collection": "person",
             "record_id": "p1", "hlc": "1700000000001-0000-device-1",
             "change": {"op": "set", "fields": {"name": "after the backup"}}}]}' \
        "$BASE/v1/me/mutations" || fail "pushing a change after the backup"
      ;;
    "Restore#1")
      epoch_after=$(curl -fsS "$BASE/v1/health" | json '["epoch"]')
      [ "$epoch_after" != "$epoch_before" ] || fail "the restore kept the epoch: clients would not resync"
      expect grep -q "new epoch, clients resync" "$OPERATING_STATE/journal"
      status=$(curl -sS -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
        -d '{"email": "after-backup@example.org", "password": "a password after the backup"}' \
        "$BASE/v1/sessions")
      [ "$status" = 401 ] || fail "the account made after the backup survived the restore ($status)"
      ;;
    "Welcome Guide accounts#1")
      expect grep -q "guide account created" "$out"
      guide_token=$(curl -fsS -H 'content-type: application/json' \
        -d '{"email": "amira@example.org", "password": "a long password for Amira"}' \
        "$BASE/v1/sessions" | json '["token"]') || fail "the guide cannot log in"
      [ "$(curl -fsS -H "authorization: Bearer $guide_token" "$BASE/v1/guide/requests" |
        json '["guide_id"]')" = guide-amira-haddad ] || fail "the guide account does not see its requests"
      ;;
    "Welcome Guide accounts#2")
      expect grep -q $'^amira@example.org\tguide-amira-haddad\t1 session(s)' "$out"
      ;;
    "Welcome Guide accounts#3")
      expect grep -q "1 session(s) logged out" "$out"
      status=$(curl -sS -o /dev/null -w '%{http_code}' -H "authorization: Bearer $guide_token" \
        "$BASE/v1/guide/requests")
      [ "$status" = 401 ] || fail "the old password's session still works ($status)"
      guide_token=$(curl -fsS -H 'content-type: application/json' \
        -d '{"email": "amira@example.org", "password": "a new password for Amira"}' \
        "$BASE/v1/sessions" | json '["token"]') || fail "the guide cannot log in with the new password"
      ;;
    "Welcome Guide accounts#4")
      status=$(curl -sS -o /dev/null -w '%{http_code}' -H "authorization: Bearer $guide_token" \
        "$BASE/v1/guide/requests")
      [ "$status" = 403 ] || fail "the removed guide account still reads requests ($status)"
      ;;
    "Upgrade#1")
      [ "$(dpkg-query -W -f='${Version}' welcome-portal)" = "$(basename "$upgrade" | cut -d_ -f2)" ] ||
        fail "the upgrade was not installed"
      expect grep -q '^address = "127.0.0.1:8080"' /etc/welcome-portal/portal.toml
      [ "$(find /var/backups/welcome-portal -name 'before-upgrade-*.sqlite' | wc -l)" = 1 ] || fail "no backup before the upgrade"
      ;;
    "Upgrade#2")
      expect grep -q "schema version" "$out"
      [ "$(curl -fsS "$BASE/v1/ready" | json '["epoch"]')" = "$epoch_after" ] ||
        fail "the upgrade changed the epoch: every device would resync"
      ;;
    "Uninstall#1")
      expect test ! -e /usr/bin/welcome-portal
      expect test -f /etc/welcome-portal/portal.toml
      expect test -f /var/lib/welcome-portal/portal.sqlite
      ;;
    "Uninstall#2")
      expect test ! -e /etc/welcome-portal
      expect test ! -e /var/lib/welcome-portal
      if getent passwd welcome-portal >/dev/null; then fail "the user is left after purge"; fi
      expect test -d /var/backups/welcome-portal
      ;;
  esac
}

ran=0
last_heading=""
n=0
for block in "$work"/blocks/*.sh; do
  heading=$(cat "${block%.sh}.heading")
  if [ "$heading" = "$last_heading" ]; then n=$((n + 1)); else n=1; last_heading=$heading; fi
  dir=$work
  case $heading in Install) dir=$work/install ;; Upgrade) dir=$work/upgrade ;; esac
  out=$work/out-$(basename "$block" .sh)
  echo "==> $heading: $(head -n 1 "$block")"
  (cd "$dir" && DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c \
    'source "$1"; source "$2"' _ "$work/overrides.sh" "$block") >"$out" 2>&1 ||
    { cat "$out" >&2; fail "the guide's block in '$heading' failed:$(printf '\n%s' "$(cat "$block")")"; }
  awk '{ print "    " $0 }' "$out" | tail -n 15
  ran=$((ran + 1))
  check "$heading" "$n"
done

[ "$(grep -c stopped "$OPERATING_STATE/stops")" -ge 3 ] || fail "fewer graceful stops than the guide has"
echo "==> not run (the guide says why):"
sed 's/^/    /' "$work/blocks/skipped"
echo "==> docs/operating.md: $ran blocks run and checked, $(wc -l <"$work/blocks/skipped") not run, in $(($(date +%s) - started)) s"
