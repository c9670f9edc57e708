#!/usr/bin/env bash
# The tests that touch dates, with the whole process (Python, Qt, SQLite) moved to chosen days by
# faketime, in Hanoi's time zone: a test that only passes on the day it was written fails here.
#
#   bash tools/any-day.sh                 the days below, then the real today; extra arguments go to pytest
#   bash tools/any-day.sh --all           the whole suite at each day (slower; what a release is checked with)
#
# The days: the 1st of a month just after midnight (the previous month is on screen yesterday, and
# 00:30 in Hanoi is 17:30 UTC of the day before), 31 December late in the evening (a week in two
# years, ISO week 53 of 2026), 29 February of a leap year, and the reporting deadline (25 November)
# in its last half hour. faketime's clock keeps running from the day it is given; the monotonic clock
# is left alone (--exclude-monotonic), or Qt's and Python's thread waits would never end.
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
select=(-m dates)
if [ "${1:-}" = "--all" ]; then
  select=()
  shift
fi
if ! command -v faketime >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends faketime >/dev/null
fi
days=("2026-12-01 00:30:00" "2026-12-31 23:50:00" "2028-02-29 08:00:00" "2026-11-25 23:30:00")
for day in "${days[@]}"; do
  echo "== tests that touch dates, on ${day} (Asia/Ho_Chi_Minh)"
  TZ=Asia/Ho_Chi_Minh faketime --exclude-monotonic "$day" \
    "$python" -m pytest -q -p no:cacheprovider "${select[@]}" "$@"
done
echo "== tests that touch dates, today ($(date +%F))"
TZ=Asia/Ho_Chi_Minh "$python" -m pytest -q -p no:cacheprovider "${select[@]}" "$@"
