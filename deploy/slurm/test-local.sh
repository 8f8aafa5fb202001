#!/bin/bash
# End-to-end test of the Slurm deployment on one machine: installs slurm-wlm
# and munge if missing, starts a single-node Slurm (cluster.sh), builds vwnw,
# runs a compare on one machine, submits the same run as a job array of
# shards (shard.sbatch) and the merge job after it (merge.sbatch,
# --dependency=afterok), waits, and checks that the merged outputs
# (results.json, results.csv, report.html, …) are the single run's bytes
# (results.json apart from elapsed_seconds and workers). Stops what it
# started, whatever happens. Needs root and Go.
#
#   deploy/slurm/test-local.sh           # the whole test
#   deploy/slurm/test-local.sh --smoke   # Slurm only: a trivial array and merge job
#
# SHARDS (default 3) and ITERATIONS (default 90) size the run; KEEP=1 keeps
# the scratch folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=cluster.sh
source "$here/cluster.sh"

work=$(mktemp -d /tmp/vwnw-slurm.XXXXXX)
cleanup() {
  local rc=$?
  cluster_stop
  if [ "${KEEP:-0}" = 1 ] || [ $rc -ne 0 ]; then
    echo "test-local: scratch folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_jobs ID... waits until the jobs leave the queue (at most 10 minutes)
# and fails unless each ended COMPLETED.
wait_jobs() {
  local ids; ids=$(IFS=,; echo "$*")
  for _ in $(seq 1 1200); do
    [ -z "$(squeue -h -j "$ids" 2>/dev/null)" ] && break
    sleep 0.5
  done
  local id state bad=0
  for id in "$@"; do
    # An array shows one line per task.
    while read -r state; do
      if [ "$state" != COMPLETED ]; then
        echo "test-local: job $id ended $state" >&2
        bad=1
      fi
    done < <(scontrol -o show job "$id" | grep -o 'JobState=[A-Z_]*' | cut -d= -f2)
  done
  return $bad
}

cluster_start "$work/cluster"
cd "$work"

if [ "${1:-}" = --smoke ]; then
  array=$(sbatch --parsable --array=1-4 --output=task-%a.out \
    --wrap 'echo "task $SLURM_ARRAY_TASK_ID of $SLURM_ARRAY_TASK_COUNT"')
  merge=$(sbatch --parsable --dependency="afterok:$array" --output=merge.out \
    --wrap 'cat task-*.out')
  wait_jobs "$array" "$merge"
  [ "$(grep -c '^task [1-4] of 4$' merge.out)" = 4 ] || { cat merge.out >&2; exit 1; }
  echo "test-local: smoke test passed (array $array, merge $merge)"
  exit 0
fi

shards=${SHARDS:-3}
run=(compare intensive_coaching wage_supplement --iterations "${ITERATIONS:-90}" --seed 11 --horizon 48)
(cd "$repo" && go build -o "$work/vwnw" ./cmd/vwnw)
export VWNW="$work/vwnw"

# The single run and the merge write to the same --out (results.json and the
# report record the command line); the single run's files move away first.
"$VWNW" "${run[@]}" --workers 2 --out out >/dev/null
mv out single
read -r array merge < <(SBATCH_ARGS="--chdir=$work" "$here/submit.sh" "$shards" shards out "${run[@]}")
echo "test-local: submitted array $array ($shards shards) and merge $merge"
if ! wait_jobs "$array" "$merge"; then
  tail -n 20 vwnw-*.out >&2 || true
  exit 1
fi

status=0
# Every file the single run wrote (results.csv, report.html, a workbook
# when there is one) the same bytes; results.json apart from its timing.
for path in single/*; do
  f=$(basename "$path")
  [ "$f" = results.json ] && continue
  if ! cmp -s "single/$f" "out/$f"; then
    echo "test-local: the merge's $f differs from the single run's (or is missing)" >&2
    status=1
  fi
done
untimed() { sed -E 's/"(elapsed_seconds|workers)": *[0-9.eE+-]+/"\1": 0/g' "$1"; }
if ! cmp -s <(untimed single/results.json) <(untimed out/results.json); then
  echo "test-local: the merge's results.json differs from the single run's apart from timing:" >&2
  diff <(untimed single/results.json) <(untimed out/results.json) | head -20 >&2
  status=1
fi
# A missing shard is refused, naming it (exit 2).
rm "shards/shard-1-of-$shards.parquet"
set +e
"$VWNW" merge shards/shard-*.parquet --out refused 2>refused.err
code=$?
set -e
if [ $code -ne 2 ] || ! grep -q "shard 1 of $shards" refused.err; then
  echo "test-local: merge without shard 1 exited $code:" >&2
  cat refused.err >&2
  status=1
fi
[ $status -eq 0 ] && echo "test-local: passed: $shards shards merged on Slurm give the single run's results"
exit $status
