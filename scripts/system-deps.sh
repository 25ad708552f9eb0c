#!/usr/bin/env bash
# Install the Debian packages the test suite drives for real, when they are missing.
# Idempotent; does nothing when everything is present. Needs root (CI runs as root).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
# fc-list may be absent (no fontconfig): then look for the font files themselves.
{ fc-list 2>/dev/null | grep -qi "noto.*cjk" || ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1; } \
  || need+=(fonts-noto-cjk)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)  # Japanese speech for the voice tests
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${need[*]}; install them (apt-get) or the tests that need them will skip" >&2
  exit 0
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# The Debian packages start services on install where they can; the tests start their own.
service dovecot stop >/dev/null 2>&1 || true
