#!/usr/bin/env python3
"""The terminal given back, and the exit status, when the dashboard is told to stop.

Runs the release btap full screen in a private tmux server (120x40) and, in each of several
states (idle, mark dialog open, filter being typed, help open, world map shown), sends it
SIGTERM, SIGHUP or SIGINT with kill(2), or Ctrl-C as a key. After each, from the shell that
ran it: btap has exited within 5 s with the status below, the pane is off the alternate
screen (tmux #{alternate_on} is 0) and `stty -a` shows echo and icanon.

btap handles all three signals as a request to quit: it leaves on its normal path, restores
the terminal, saves the interface state, then exits with the conventional status of a
process a signal ended, 128+N (143, 129, 130); Ctrl-C typed as a key is a quit like `q`
(exit 0). (The default action would give 128+N too, but leave the terminal in curses mode:
the terminal checks tell the two apart.) Then the terminal is closed under it (the pane killed): btap must exit
within 5 s, both when the hang-up signal reaches it and when it runs in a session of its
own (`setsid`), where only its reads fail.

Prints one line per case and closes with `N passed, M failed`; exits 1 on any failure.

Examples:
  signal-exits.py --binary .build/release/btap
  signal-exits.py --rounds 1
"""

import os
import shlex
import signal
import sys
import time

import reliability_support as support

# The status btap exits with after each signal: 128 plus its number; the Ctrl-C key quits.
EXPECTED_STATUS = {"SIGTERM": "143", "SIGHUP": "129", "SIGINT": "130", "Ctrl-C key": "0"}

# Keys that put the dashboard in a state, and text the screen then shows.
STATES = [
    ("idle", [], "time travel"),
    ("mark dialog", [["4"], ["m"]], "Mark a change for"),
    ("filter", [["4"], ["/"], ["-l", "Chi"]], "/Chi"),
    ("help", [["?"]], "Keys"),
    ("world map", [["4"], ["M"]], "jump"),
]


def stop(session, pid, how):
    if how == "Ctrl-C key":
        session.press("C-c")
    else:
        os.kill(pid, getattr(signal, how))
    deadline = time.monotonic() + 5
    while support.process_running(pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    return not support.process_running(pid)


def signal_cases(binary, tally, rounds):
    session = support.Tmux()
    try:
        for round_number in range(rounds):
            for state, keys, shows in STATES:
                for how in EXPECTED_STATUS:
                    name = "%s in %s" % (how, state)
                    problems = []
                    pid = session.start_dashboard(binary)
                    if pid is None:
                        tally.check(False, "%s: the dashboard did not start" % name)
                        continue
                    for key in keys:
                        session.press(*key)
                    if session.wait_screen(lambda text: shows in text, 5) is None:
                        problems.append("the screen never showed %r" % shows)
                    if not stop(session, pid, how):
                        problems.append("btap still runs 5 s later")
                        os.kill(pid, signal.SIGKILL)
                    report = session.terminal_report()
                    status, alternate, modes = report
                    if status != EXPECTED_STATUS[how]:
                        problems.append("exit %s, not %s" % (status, EXPECTED_STATUS[how]))
                    if not support.terminal_restored(report):
                        problems.append("the terminal was not restored")
                    print("%-26s exit %s, alternate screen %s, stty %s"
                          % (name, status, "on" if alternate == "1" else "off",
                             " ".join(sorted(modes)) or "?"))
                    tally.check(not problems, "%s: %s" % (name, "; ".join(problems)))
    finally:
        session.close()


def hang_up_cases(binary, tally, rounds):
    for round_number in range(rounds):
        for prefix in ("", "setsid -w "):
            name = "terminal closed" + (" (setsid)" if prefix else "")
            session = support.Tmux()
            try:
                session.run("%s%s --data-dir %s" % (prefix, shlex.quote(binary),
                                                    shlex.quote(session.data_dir)))
                shown = session.wait_screen(lambda text: "time travel" in text, 20)
                pid = find_btap(session)
                if not (shown and pid):
                    tally.check(False, "%s: the dashboard did not start" % name)
                    continue
                session.tmux("new-window", "-d", "-t", session.target)
                session.tmux("kill-pane", "-t", session.target + ":0")
                started = time.monotonic()
                while support.process_running(pid) and time.monotonic() - started < 5:
                    time.sleep(0.01)
                exited = not support.process_running(pid)
                print("%-26s %s" % (name, "exited after %.1f ms" % (
                    (time.monotonic() - started) * 1e3) if exited else "still runs 5 s later"))
                if not tally.check(exited, "%s: btap still runs (state %s)"
                                   % (name, support.process_state(pid))):
                    os.kill(pid, signal.SIGKILL)
            finally:
                session.close()


def find_btap(session):
    """btap, a child or grandchild (under setsid) of the pane's shell."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for child in support.children(session.shell_pid()):
            for pid in [child] + support.children(child):
                if support.process_name(pid) == "btap":
                    return pid
        time.sleep(0.02)
    return None


def main():
    parser = support.argument_parser(__doc__)
    parser.add_argument("--rounds", type=int, default=2,
                        help="times every case is run (default 2)")
    args = parser.parse_args()
    binary = support.release_binary(args.binary)
    tally = support.Tally()
    started = time.monotonic()
    signal_cases(binary, tally, args.rounds)
    hang_up_cases(binary, tally, args.rounds)
    print("%d rounds in %.0f s" % (args.rounds, time.monotonic() - started))
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main())
