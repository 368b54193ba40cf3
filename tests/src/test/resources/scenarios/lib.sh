# Helpers for the behaviour scenarios (busybox sh), installed in the guest as
# /lib/schedc-scenario.sh. Output lines are "KEY value..." (the Java side reads them with
# ObjectRun.scenarioValues(KEY)).

# The policy's statistics map: each policy pins exactly one /sys/fs/bpf/<policy>_stats.
stats_pin() { ls -d /sys/fs/bpf/*_stats 2>/dev/null | head -n 1; }

# stats LABEL: prints "STATS LABEL name=value ..." with every counter summed over the CPUs.
stats() {
  f=$(stats_pin)
  if [ -z "$f" ]; then echo "STATS $1 no-stats-map"; return 1; fi
  bpftool map dump pinned "$f" > /tmp/stats.dump 2>&1 || { echo "STATS $1 dump-failed"; sed 's/^/DUMP /' /tmp/stats.dump; return 1; }
  awk -v label="$1" '
    /"[A-Za-z_0-9]+": *[0-9]+/ {
      line = $0; gsub(/[",:]/, " ", line); split(line, w, " ")
      if (w[1] != "key" && w[1] != "cpu") { if (!(w[1] in sum)) order[n++] = w[1]; sum[w[1]] += w[2] }
    }
    END { out = "STATS " label; for (i = 0; i < n; i++) out = out " " order[i] "=" sum[order[i]]; print out }
  ' /tmp/stats.dump
}

# cpu_ns PID...: CPU time of the processes in ns (schedstat; utime+stime ticks without it).
cpu_ns() {
  t=0
  for p in "$@"; do
    if [ -r "/proc/$p/schedstat" ]; then
      read run _ < "/proc/$p/schedstat" && t=$((t + run))
    elif [ -r "/proc/$p/stat" ]; then
      set -- $(cat "/proc/$p/stat")
      eval "u=\${14}; s=\${15}"
      t=$((t + (u + s) * 10000000))
    fi
  done
  echo "$t"
}

# now_ms: guest uptime in milliseconds.
now_ms() { read up _ < /proc/uptime; s=${up%.*}; f=${up#*.}; echo $((s * 1000 + ${f#0} * 10)); }

# hog NAME: a CPU-bound shell whose comm is NAME. It sleeps once after renaming itself so
# that the policy classifies it again when it wakes (rules run at enable and on wake-up).
hog() { sh -c "echo -n $1 > /proc/self/comm; usleep 1000; while [ ! -e /tmp/stop ]; do :; done; touch /tmp/done.$1" & }

# sleeper NAME USEC: wakes every USEC microseconds, comm NAME.
sleeper() { sh -c "echo -n $1 > /proc/self/comm; while [ ! -e /tmp/stop ]; do usleep $2; done; touch /tmp/done.$1" & }

# stop_all N: raises the stop flag and waits (bounded, 30 s) for N done files; prints "done K/N".
stop_all() {
  touch /tmp/stop
  i=0
  while [ "$i" -lt 300 ] && [ "$(ls /tmp | grep -c '^done\.')" -lt "$1" ]; do usleep 100000; i=$((i + 1)); done
  echo "done $(ls /tmp | grep -c '^done\.')/$1"
}

# fresh: clears the stop flag and done files of an earlier scenario.
fresh() { rm -f /tmp/stop /tmp/done.*; }
