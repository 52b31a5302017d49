#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session and a gnome-keyring-daemon
# whose login keyring lives in a fresh temporary folder, created unlocked with a throw-away
# password. A keyring left behind by an earlier run (or the user's own) is never touched and can
# never be locked with a password we do not know.
#
# Usage: scripts/with-keyring.sh <command> [args…]
set -euo pipefail
if [[ "${WELCOME_IN_KEYRING_SESSION:-}" != 1 ]]; then
  export WELCOME_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
printf 'throw-away-test-keyring' |
  XDG_DATA_HOME="$keyring_home" gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
