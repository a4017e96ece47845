#!/usr/bin/env python3
"""Bytes the dashboard writes per key, and its peak RSS, under a real pseudo-terminal.

Runs COMMAND in a pty (default 120x40, TERM=xterm-256color), waits for the first frame to
settle (no output for --settle seconds), then sends KEY --count times, pausing --pause
seconds after each so that all of that key's output has been read: the bytes read from the
pty master in that window are that key's. Before quitting it reads VmHWM (peak resident set
size) and VmRSS from /proc/PID/status; then it sends the quit keys and waits for the exit.

With --step KEYS EXPECT (repeatable) it times each step instead: KEYS sent -> EXPECT regex
visible on an emulated screen (the Screen class of ../shared/tools/ttff.py). Every byte is
fed to the screen in order; chunks are timestamped when read and parsed once output pauses,
and a step's time is that of the chunk after which EXPECT first matches. (ttff.py itself
drops the rest of a frame read after its match, which desynchronises its screen when a
later step's output depends on it; this harness never drops output.)

Prints one JSON object: first-frame bytes, bytes per key (list, median, min, max), step
times in ms, peak and current RSS in KiB, exit status. Standard library only.

Examples:
  dashboard-pty.py --count 20 --key j --env XDG_STATE_HOME=/tmp/s -- .build/release/btap
  dashboard-pty.py --count 0 --step m 'Mark a change' --step '\\r' '49 parties' -- btap
"""

import argparse
import codecs
import fcntl
import importlib.util
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time


def read_until_quiet(fd, quiet, limit):
    """Reads from fd until no output for `quiet` seconds (or `limit` seconds in all)."""
    total = 0
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child has gone
            break
        if not chunk:
            break
        total += len(chunk)
    return total


def load_screen_class(path):
    """The Screen class of ttff.py (a small VT100/xterm model)."""
    spec = importlib.util.spec_from_file_location("ttff", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Screen


def timed_step(fd, screen, keys, expect, limit):
    """Sends keys; returns ms until expect matches the screen (every chunk parsed in order)."""
    pattern = re.compile(expect)
    start = time.perf_counter()
    os.write(fd, keys)
    matched = None
    pending = []
    deadline = start + limit
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.002 if pending else 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            pending.append((time.perf_counter(), chunk))
            continue
        for stamp, chunk in pending:  # output paused: parse, oldest first, all of it
            screen.feed(chunk)
            if screen.replies:
                os.write(fd, screen.replies)
                screen.replies = b""
            if matched is None and pattern.search(screen.text()):
                matched = stamp
        pending = []
        if matched is not None:
            return (matched - start) * 1e3
    return None


def feed_until_quiet(fd, screen, quiet, limit):
    """Like read_until_quiet, feeding everything read to the screen."""
    total = 0
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        total += len(chunk)
        screen.feed(chunk)
        if screen.replies:
            os.write(fd, screen.replies)
            screen.replies = b""
    return total


def memory(pid):
    """VmHWM and VmRSS of the process, in KiB."""
    values = {}
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0])
    return values


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.add_argument("--size", default="120x40", help="COLSxROWS (default 120x40)")
    parser.add_argument("--term", default="xterm-256color")
    parser.add_argument("--env", action="append", default=[], metavar="K=V")
    parser.add_argument("--key", default="j", help="the key to send (Python escapes)")
    parser.add_argument("--count", type=int, default=20, help="how many times (default 20)")
    parser.add_argument("--pause", type=float, default=0.15,
                        help="seconds after each key (default 0.15)")
    parser.add_argument("--settle", type=float, default=0.5,
                        help="quiet seconds that end the first frame (default 0.5)")
    parser.add_argument("--quit", default="q", help="quit keys (default q)")
    parser.add_argument("--step", nargs=2, action="append", default=[],
                        metavar=("KEYS", "EXPECT"), help="time KEYS -> EXPECT on screen")
    parser.add_argument("--step-settle", type=float, default=0.05,
                        help="idle seconds before each step (default 0.05)")
    parser.add_argument("--ttff", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools", "ttff.py"),
        help="ttff.py, for its screen model (default ../shared/tools/ttff.py)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given (put it after --)")
    cols, rows = (int(v) for v in args.size.lower().split("x"))
    key = codecs.decode(args.key, "unicode_escape").encode("utf-8")
    quit_keys = codecs.decode(args.quit, "unicode_escape").encode("utf-8")

    env = dict(os.environ, TERM=args.term)
    for name in ("COLUMNS", "LINES"):
        env.pop(name, None)
    for pair in args.env:
        name, _, value = pair.partition("=")
        env[name] = value

    pid, master = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        try:
            os.execvpe(command[0], command, env)
        finally:
            os._exit(127)
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    result = {"command": " ".join(command), "size": args.size, "key": args.key}
    screen = load_screen_class(args.ttff)(cols, rows) if args.step else None
    try:
        if screen is None:
            result["first_frame_bytes"] = read_until_quiet(master, args.settle, 10)
        else:
            result["first_frame_bytes"] = feed_until_quiet(master, screen, args.settle, 10)
        steps = []
        for keys, expect in args.step:
            time.sleep(args.step_settle)
            feed_until_quiet(master, screen, 0.005, 1)
            keys = codecs.decode(keys, "unicode_escape").encode("utf-8")
            steps.append(timed_step(master, screen, keys, expect, 10))
            if steps[-1] is None:
                result["timeout"] = "step %d (%r)" % (len(steps), expect)
                result["screen"] = screen.text()
                break
        if args.step:
            result["steps_ms"] = steps
        per_key = []
        for _ in range(args.count):
            os.write(master, key)
            per_key.append(read_until_quiet(master, args.pause, 5))
        result["bytes_per_key"] = per_key
        if per_key:
            result["median_bytes_per_key"] = statistics.median(per_key)
            result["min_bytes_per_key"] = min(per_key)
            result["max_bytes_per_key"] = max(per_key)
        mem = memory(pid)
        result["peak_rss_kib"] = mem.get("VmHWM")
        result["rss_kib"] = mem.get("VmRSS")
        os.write(master, quit_keys)
        deadline = time.monotonic() + 10
        status = None
        while status is None and time.monotonic() < deadline:
            read_until_quiet(master, 0.05, 0.2)
            done, raw = os.waitpid(pid, os.WNOHANG)
            if done:
                status = os.waitstatus_to_exitcode(raw)
        if status is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            result["exit_status"] = "killed: did not exit after the quit keys"
        else:
            result["exit_status"] = status
    finally:
        os.close(master)
    print(json.dumps(result))
    return 0 if result.get("exit_status") == 0 and "timeout" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
