#!/usr/bin/env python3
"""A thousand resizes of the running dashboard: it never dies and gives the terminal back.

Runs the release btap full screen in a private tmux server and resizes its window
(`tmux resize-window`, so btap gets SIGWINCH) --resizes times: first to 1x1, 250x80, 1x80,
250x1 and 1x1, then to sizes anywhere between, with extra weight on the tiniest ones and on
the edges of the 80x24 and 120x40 layouts, some in quick bursts and some after a pause of
up to 20 ms. After every resize the process must still be running. Every 100 resizes the
window goes back to 120x40 and the full dashboard must be drawn again within 10 s. At the
end `q`: btap exits 0, the pane is off the alternate screen and `stty -a` shows echo and
icanon.

Prints its figures and closes with `N passed, M failed` (one check per resize, per redraw
and for the quit); exits 1 on any failure.

Examples:
  resize-storm.py --resizes 1000
  resize-storm.py --binary .build/release/btap --resizes 100
"""

import sys
import time

import reliability_support as support


# The first resizes: the smallest and the largest window, and back and forth between them.
EXTREMES = [(1, 1), (250, 80), (1, 80), (250, 1), (1, 1)]


def random_size(rng):
    roll = rng.random()
    if roll < 0.2:
        return rng.randint(1, 12), rng.randint(1, 6)
    if roll < 0.4:
        width, height = rng.choice([(80, 24), (120, 40)])
        return width + rng.randint(-2, 2), height + rng.randint(-2, 2)
    return rng.randint(1, 250), rng.randint(1, 80)


def full_dashboard(text):
    return ("parties · 30 needed" in text and "time travel" in text
            and "Terminal too small" not in text)


def main():
    parser = support.argument_parser(__doc__)
    parser.add_argument("--resizes", type=int, default=1000, help="how many (default 1000)")
    args = parser.parse_args()
    binary = support.release_binary(args.binary)
    rng = support.seeded(args.seed)
    tally = support.Tally()
    session = support.Tmux()
    started = time.monotonic()
    smallest = largest = None
    redraws = []
    try:
        pid = session.start_dashboard(binary)
        if not tally.check(pid is not None, "the dashboard did not start"):
            return tally.finish()
        for number in range(1, args.resizes + 1):
            width, height = EXTREMES[number - 1] if number <= len(EXTREMES) else random_size(rng)
            session.resize(width, height)
            area = width * height
            if smallest is None or area < smallest[0] * smallest[1]:
                smallest = (width, height)
            if largest is None or area > largest[0] * largest[1]:
                largest = (width, height)
            if rng.random() < 0.5:
                time.sleep(rng.uniform(0, 0.02))
            if not tally.check(support.process_running(pid),
                               "btap is gone after resize %d to %dx%d" % (number, width, height)):
                break
            if number % 100 == 0 or number == args.resizes:
                session.resize(120, 40)
                asked = time.monotonic()
                shown = session.wait_screen(full_dashboard, 10)
                redraws.append(time.monotonic() - asked)
                tally.check(shown is not None,
                            "after %d resizes the dashboard was not drawn again at 120x40"
                            % number)
                print("%5d resizes, drawn again at 120x40 in %.0f ms (%.0f s)"
                      % (number, redraws[-1] * 1e3, time.monotonic() - started), flush=True)
        alive = support.process_running(pid)
        session.press("q")
        report = session.terminal_report()
        status, alternate, modes = report
        print("after q: exit %s, alternate screen %s, stty %s"
              % (status, "on" if alternate == "1" else "off", " ".join(sorted(modes))))
        tally.check(alive and status == "0" and support.terminal_restored(report),
                    "quitting after the storm: exit %s, terminal %s"
                    % (status, "restored" if support.terminal_restored(report) else
                       "not restored"))
    finally:
        session.close(args.keep or tally.failed)
    print("resizes %d, smallest %dx%d, largest %dx%d, slowest redraw %.0f ms, %.0f s"
          % (args.resizes, *smallest, *largest, max(redraws) * 1e3 if redraws else 0,
             time.monotonic() - started))
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main())
