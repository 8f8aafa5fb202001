# shellcheck shell=bash
# A single-node Slurm from Debian's packages (slurm-wlm, munge), started
# without systemd: source this file, then
#
#   cluster_start DIR   # install if missing, write DIR/slurm.conf, start munged (unless
#                       # one runs), slurmctld and slurmd; exports SLURM_CONF
#   cluster_stop        # stop what cluster_start started, by the pids it wrote
#
# Needs root (apt-get, munged as the munge user, slurmd). Used by test-local.sh.

cluster_install() {
  if command -v slurmctld >/dev/null && command -v slurmd >/dev/null &&
     command -v sbatch >/dev/null && command -v munged >/dev/null; then
    return 0
  fi
  echo "cluster: installing slurm-wlm and munge" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq slurm-wlm munge >/dev/null
}

# cluster_wait CMD... retries CMD for up to 30 s.
cluster_wait() {
  local i
  for i in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "cluster: timed out waiting for: $*" >&2
  return 1
}

cluster_start() {
  CLUSTER_DIR=$(realpath -m "$1")
  mkdir -p "$CLUSTER_DIR"/state "$CLUSTER_DIR"/spool "$CLUSTER_DIR"/log
  cluster_install
  local host cpus
  host=$(hostname -s)
  cpus=$(nproc)

  # munge: a key if there is none, and a daemon unless one already runs.
  CLUSTER_MUNGE_PID=""
  if ! munge -n >/dev/null 2>&1; then
    if [ ! -s /etc/munge/munge.key ]; then
      if [ -x /usr/sbin/mungekey ]; then
        /usr/sbin/mungekey --create --keyfile=/etc/munge/munge.key
      else
        dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
      fi
      chown munge:munge /etc/munge/munge.key
      chmod 0400 /etc/munge/munge.key
    fi
    mkdir -p /run/munge /var/log/munge /var/lib/munge
    chown munge:munge /run/munge /var/log/munge /var/lib/munge
    runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/munged.pid
    cluster_wait munge -n
    CLUSTER_MUNGE_PID=$(cat /run/munge/munged.pid)
  fi

  export SLURM_CONF="$CLUSTER_DIR/slurm.conf"
  cat >"$SLURM_CONF" <<CONF
ClusterName=local
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
StateSaveLocation=$CLUSTER_DIR/state
SlurmdSpoolDir=$CLUSTER_DIR/spool
SlurmctldPidFile=$CLUSTER_DIR/slurmctld.pid
SlurmdPidFile=$CLUSTER_DIR/slurmd.pid
SlurmctldLogFile=$CLUSTER_DIR/log/slurmctld.log
SlurmdLogFile=$CLUSTER_DIR/log/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  slurmctld -f "$SLURM_CONF"
  cluster_wait test -s "$CLUSTER_DIR/slurmctld.pid"
  cluster_wait scontrol ping
  slurmd -f "$SLURM_CONF"
  cluster_wait test -s "$CLUSTER_DIR/slurmd.pid"
  cluster_wait sh -c "sinfo -h -N -o %T | grep -Eq '^(idle|mixed|allocated)'"
  echo "cluster: slurmctld and slurmd up on $host ($cpus CPUs), SLURM_CONF=$SLURM_CONF" >&2
}

# cluster_kill PIDFILE stops the daemon whose pid is in PIDFILE, if running.
cluster_kill() {
  local pid
  [ -s "$1" ] || return 0
  pid=$(cat "$1")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 0.25
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

cluster_stop() {
  [ -n "${CLUSTER_DIR:-}" ] || return 0
  cluster_kill "$CLUSTER_DIR/slurmd.pid"
  cluster_kill "$CLUSTER_DIR/slurmctld.pid"
  if [ -n "${CLUSTER_MUNGE_PID:-}" ]; then
    echo "$CLUSTER_MUNGE_PID" >"$CLUSTER_DIR/munged.pid"
    cluster_kill "$CLUSTER_DIR/munged.pid"
  fi
  CLUSTER_DIR=""
}
