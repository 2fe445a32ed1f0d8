#!/usr/bin/env bash
# A real SLURM run of a sharded GovText count, checked against the unsharded run byte for byte.
#
# On a Debian machine, as root: installs slurm-wlm and munge if missing, starts munged and a one-node cluster
# (slurmctld + slurmd on localhost, from a minimal slurm.conf in a temp folder: no systemd, no cgroups), submits
#   sbatch --array=0-3   govtext count CORPUS --out shards/part-$SLURM_ARRAY_TASK_ID   (the shard comes from the array)
#   sbatch --dependency=afterok:ARRAY   govtext merge 'shards/part-*' --out merged
# waits, compares merged/ with an unsharded `govtext count` (every file but run.json), and stops the daemons it
# started, by PID. Exit 0 when identical; 1 when not; 2 when it cannot run (not root, not Debian, no apt).
#
# Usage: tests/slurm/run.sh [CORPUS]   (default: ../shared/corpora/gwr when present, else the sample corpus)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shards=4

if [ "$(id -u)" -ne 0 ]; then echo "slurm test: needs root (it starts munged, slurmctld and slurmd)" >&2; exit 2; fi
if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || { echo "slurm test: slurm-wlm and munge are missing and there is no apt-get" >&2; exit 2; }
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

corpus="${1:-}"
if [ -z "$corpus" ]; then
  if [ -d "$repo/../shared/corpora/gwr" ]; then corpus="$repo/../shared/corpora/gwr"; else corpus="$repo/corpus"; fi
fi
corpus="$(cd "$corpus" && pwd)"

work="$(mktemp -d /tmp/govtext-slurm.XXXXXX)"
chmod 755 "$work"
pids=()
munge_started=""
cleanup() {
  set +e
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  if [ -n "$munge_started" ]; then kill "$munge_started" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "slurm test: building govtext"
dotnet publish "$repo/src/GovText.Cli" -c Release -o "$work/bin" -nologo -v quiet >/dev/null
govtext=("dotnet" "$work/bin/govtext.dll")

# munge: a key if the package did not make one, the socket folder, the daemon as the munge user.
if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  chown munge:munge /etc/munge/munge.key; chmod 400 /etc/munge/munge.key
fi
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /run/munge /var/lib/munge /var/log/munge
chmod 755 /run/munge
if ! munge -n >/dev/null 2>&1; then
  runuser -u munge -- /usr/sbin/munged   # daemonizes; writes /run/munge/munged.pid
  for _ in $(seq 50); do [ -s /run/munge/munged.pid ] && break; sleep 0.1; done
  munge_started="$(cat /run/munge/munged.pid)"
  munge -n >/dev/null
fi

# A one-node cluster from a minimal configuration.
mkdir -p "$work/state" "$work/spool" "$work/logs"
cpus="$(nproc)"
cat > "$work/slurm.conf" <<CONF
ClusterName=govtext-ci
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/logs/slurmctld.log
SlurmdLogFile=$work/logs/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MailProg=/bin/true
ReturnToService=2
MinJobAge=600
NodeName=localhost CPUs=$cpus State=UNKNOWN
PartitionName=ci Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"
slurmctld -D -f "$SLURM_CONF" >"$work/logs/slurmctld.out" 2>&1 & pids+=($!)
slurmd -D -N localhost -f "$SLURM_CONF" >"$work/logs/slurmd.out" 2>&1 & pids+=($!)
for _ in $(seq 100); do
  if sinfo -h -o '%T' 2>/dev/null | grep -Eq '^(idle|mixed|allocated)'; then break; fi
  sleep 0.2
done
sinfo -h -o '%T' | grep -Eq '^(idle|mixed|allocated)' || { echo "slurm test: the node did not come up" >&2; tail -20 "$work/logs/"*.log >&2; exit 1; }

echo "slurm test: submitting $shards count shards of $corpus and a merge"
mkdir -p "$work/shards" "$work/jobs"
array=$(sbatch --parsable --array=0-$((shards - 1)) --cpus-per-task=1 -o "$work/jobs/count-%a.out" -e "$work/jobs/count-%a.err" \
  --wrap "$(printf '%q ' "${govtext[@]}") count $(printf '%q' "$corpus") --out $work/shards/part-\$SLURM_ARRAY_TASK_ID --jobs 1; test \$? -le 1")
merge=$(sbatch --parsable --dependency=afterok:"$array" --kill-on-invalid-dep=yes -o "$work/jobs/merge.out" -e "$work/jobs/merge.err" \
  --wrap "$(printf '%q ' "${govtext[@]}") merge '$work/shards/part-*' --out $work/merged; test \$? -le 1")

state() { scontrol show job "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | sort -u | cut -d= -f2 | tr '\n' ' '; }
for _ in $(seq 1200); do
  s="$(state "$merge")"
  case "$s" in *COMPLETED*|*FAILED*|*CANCELLED*|*TIMEOUT*|*NODE_FAIL*|*OUT_OF_MEMORY*) break ;; esac
  sleep 0.5
done
echo "slurm test: array job $array: $(state "$array")| merge job $merge: $(state "$merge")"
for f in "$work"/jobs/*.err; do [ -s "$f" ] && { echo "--- $(basename "$f")"; cat "$f"; }; done
grep -h "Shard" "$work"/jobs/count-*.out | sed 's/^/  /' || true
if [ "$(state "$merge")" != "COMPLETED " ]; then echo "slurm test: FAILED: the merge job did not complete" >&2; exit 1; fi

echo "slurm test: the unsharded run, for comparison"
"${govtext[@]}" count "$corpus" --out "$work/whole" -q || [ $? -eq 1 ]
if diff -r -q -x run.json -x .govtext "$work/whole" "$work/merged"; then
  echo "slurm test: passed: $shards SLURM array shards merged into the unsharded run's outputs byte for byte ($(ls "$work/merged/text" | wc -l) documents)"
else
  echo "slurm test: FAILED: the merged results differ from the unsharded run" >&2
  exit 1
fi
