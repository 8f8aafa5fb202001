#!/bin/bash
# Submits a vwnw run as N shards (a Slurm job array) and the merge job that
# waits for them (--dependency=afterok), and prints the two job ids.
#
#   deploy/slurm/submit.sh N SHARD_DIR OUT_DIR compare intensive_coaching --iterations 1000 --seed 1
#
# Extra sbatch options go in SBATCH_ARGS (e.g. SBATCH_ARGS="--partition=normal
# --time=01:00:00"); VWNW names the binary, as the nodes see it.
set -euo pipefail
if [ $# -lt 4 ]; then
  echo "usage: $0 N SHARD_DIR OUT_DIR COMMAND [ARGS...]" >&2
  exit 2
fi
n=$1 dir=$2 out=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck disable=SC2086
array=$(sbatch --parsable ${SBATCH_ARGS:-} --array="1-$n" --export=ALL,VWNW_SHARDS="$n" \
  "$here/shard.sbatch" "$dir" "$@")
array=${array%%;*}
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_ARGS:-} --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  "$here/merge.sbatch" "$dir" "$out")
merge=${merge%%;*}
echo "$array $merge"
