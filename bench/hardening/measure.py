#!/usr/bin/python3
"""Runs a command and prints its wall time, CPU time (user + system) and peak RSS.

Usage: measure.py LABEL COMMAND [ARGS...]   (prints one Markdown table row)
"""
import resource
import subprocess
import sys
import time

label, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
if proc.returncode != 0:
    sys.exit(f"{label}: exit {proc.returncode}: {proc.stderr.strip()[-500:]}")
print(f"| {label} | {wall:.1f} | {usage.ru_utime + usage.ru_stime:.1f} | {usage.ru_maxrss / 1024:.0f} |")
