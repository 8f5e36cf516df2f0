#!/usr/bin/env bash
# Whole-process speed of `smtpcodes bounce <folder> --json` against the reference decoder, `sisimai-decode <folder>`,
# on the same folder: the development corpus copied ten times (4,610 emails). Runs alternate; the best of N counts.
# Usage: benchmarks/bounce-speed.sh [rounds]   (from the repository root; needs ../shared)
set -euo pipefail
rounds="${1:-7}"
corpus="../shared/corpus/bounces/emails"
peer="../shared/peers/sisimai/sisimai-decode"
folder="$(mktemp -d /tmp/bounces-speed.XXXXXX)"
out="$(mktemp -d /tmp/smtpcodes-r2r.XXXXXX)"
trap 'rm -rf "$folder" "$out"' EXIT

for i in $(seq 0 9); do
  for f in "$corpus"/*.eml; do cp "$f" "$folder/c$i-$(basename "$f")"; done
done
count=$(ls "$folder" | wc -l)
dotnet publish cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" > /dev/null

ms() { local start end; start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
best_peer=999999999; best_ours=999999999
for r in $(seq 1 "$rounds"); do
  p=$(ms "$peer" "$folder"); o=$(ms "$out/SmtpCodes.Cli" bounce "$folder" --json)
  echo "round $r: sisimai-decode $p ms, smtpcodes $o ms" >&2
  (( p < best_peer )) && best_peer=$p; (( o < best_ours )) && best_ours=$o
done

echo "| tool | best of $rounds | emails per second |"
echo "| --- | ---: | ---: |"
echo "| \`sisimai-decode\` | $(printf "%'d" "$best_peer") ms | $(printf "%'d" $(( count * 1000 / best_peer ))) |"
echo "| \`smtpcodes bounce --json\` (ReadyToRun) | $(printf "%'d" "$best_ours") ms | $(printf "%'d" $(( count * 1000 / best_ours ))) |"
echo "emails: $count; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
