#ifndef BTAP_CNCURSESW_SHIM_H
#define BTAP_CNCURSESW_SHIM_H

/*
 * The C surface of ncursesw that btap's CursesBackend uses.
 *
 * Swift cannot see function-like macros (COLOR_PAIR, getmaxyx), macro
 * constants built from expressions (A_BOLD, KEY_UP, BUTTON4_PRESSED) or the
 * process-wide globals (stdscr, LINES, COLS, COLORS) in a concurrency-safe way,
 * so each is exposed here through a small `static inline` accessor. Swift code
 * reads every curses constant through these functions; none is copied as a
 * literal.
 */

/* Must come before curses.h so that the wide-character API (cchar_t,
   setcchar, mvwadd_wch, wget_wch) is declared. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>

#include <locale.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <wchar.h>

/* glibc declares wcwidth only under _XOPEN_SOURCE, which SwiftPM will not
   pass to a system library module. */
extern int wcwidth(wchar_t character);

/* MARK: process-wide curses state */

static inline WINDOW *btap_stdscr(void) { return stdscr; }
static inline int btap_lines(void) { return LINES; }
static inline int btap_columns(void) { return COLS; }
static inline int btap_colors(void) { return COLORS; }
static inline int btap_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *btap_stdout(void) { return stdout; }
static inline FILE *btap_stdin(void) { return stdin; }
static inline int btap_window_height(WINDOW *window) { return getmaxy(window); }
static inline int btap_window_width(WINDOW *window) { return getmaxx(window); }

/* MARK: status codes */

static inline int btap_ok(void) { return OK; }
static inline int btap_err(void) { return ERR; }
static inline int btap_key_code_yes(void) { return KEY_CODE_YES; }

/* MARK: video attributes */

static inline attr_t btap_a_normal(void) { return A_NORMAL; }
static inline attr_t btap_a_bold(void) { return A_BOLD; }
static inline attr_t btap_a_dim(void) { return A_DIM; }
static inline attr_t btap_a_italic(void) { return A_ITALIC; }
static inline attr_t btap_a_underline(void) { return A_UNDERLINE; }
static inline attr_t btap_a_reverse(void) { return A_REVERSE; }

/* MARK: colours */

static inline int btap_color_black(void) { return COLOR_BLACK; }
static inline int btap_color_red(void) { return COLOR_RED; }
static inline int btap_color_green(void) { return COLOR_GREEN; }
static inline int btap_color_yellow(void) { return COLOR_YELLOW; }
static inline int btap_color_blue(void) { return COLOR_BLUE; }
static inline int btap_color_magenta(void) { return COLOR_MAGENTA; }
static inline int btap_color_cyan(void) { return COLOR_CYAN; }
static inline int btap_color_white(void) { return COLOR_WHITE; }

/* Defines colour pair `pair` (1 ... COLOR_PAIRS - 1); -1 is the terminal's
   default colour (after use_default_colors). */
static inline int btap_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}

/* MARK: key codes returned by wget_wch with KEY_CODE_YES */

static inline int btap_key_up(void) { return KEY_UP; }
static inline int btap_key_down(void) { return KEY_DOWN; }
static inline int btap_key_left(void) { return KEY_LEFT; }
static inline int btap_key_right(void) { return KEY_RIGHT; }
static inline int btap_key_home(void) { return KEY_HOME; }
static inline int btap_key_end(void) { return KEY_END; }
static inline int btap_key_page_up(void) { return KEY_PPAGE; }
static inline int btap_key_page_down(void) { return KEY_NPAGE; }
static inline int btap_key_delete(void) { return KEY_DC; }
static inline int btap_key_insert(void) { return KEY_IC; }
static inline int btap_key_back_tab(void) { return KEY_BTAB; }
static inline int btap_key_backspace(void) { return KEY_BACKSPACE; }
static inline int btap_key_enter(void) { return KEY_ENTER; }
static inline int btap_key_resize(void) { return KEY_RESIZE; }
static inline int btap_key_mouse(void) { return KEY_MOUSE; }
/* Function key n is btap_key_f0() + n, for n in 0 ... 63. */
static inline int btap_key_f0(void) { return KEY_F0; }
static inline int btap_key_function_count(void) { return 64; }

/* MARK: mouse */

static inline mmask_t btap_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t btap_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t btap_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t btap_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t btap_button5_pressed(void) { return BUTTON5_PRESSED; }

/* Asks for button presses and the wheel (buttons 4 and 5) only, with no
   click-resolution delay. Returns the mask ncurses actually applied. */
static inline mmask_t btap_enable_mouse(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON2_PRESSED | BUTTON3_PRESSED
        | BUTTON4_PRESSED | BUTTON5_PRESSED;
    mmask_t previous = 0;
    mouseinterval(0);
    return mousemask(wanted, &previous);
}

static inline void btap_disable_mouse(void) { mousemask(0, NULL); }

/* Reads the pending mouse event after wget_wch returned KEY_MOUSE. */
static inline int btap_get_mouse(int *x, int *y, mmask_t *state) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    *state = event.bstate;
    return OK;
}

/* MARK: cells */

/* The most code points one cell can hold: a spacing character followed by
   combining ones. */
static inline int btap_cell_code_point_limit(void) { return CCHARW_MAX; }

/* Writes one cell at (y, x): `characters` is a NUL-terminated string of one
   spacing character and up to CCHARW_MAX - 1 combining characters. If ncurses
   rejects the cluster (for instance an emoji sequence joining several spacing
   characters), the first character is written alone. */
static inline int btap_put_cell(WINDOW *window, int y, int x, const wchar_t *characters,
                                attr_t attributes, int pair) {
    cchar_t cell;
    int extended_pair = pair;
    if (setcchar(&cell, characters, attributes, (short)pair, &extended_pair) != OK) {
        wchar_t first[2] = {characters[0], L'\0'};
        if (setcchar(&cell, first, attributes, (short)pair, &extended_pair) != OK) return ERR;
    }
    return mvwadd_wch(window, y, x, &cell);
}

/* MARK: terminfo */

/* The terminfo string capability `name` (for example "rmcup"), or NULL when
   the terminal lacks it. Valid after newterm. */
static inline const char *btap_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

/* The terminfo numeric capability `name` (for example "colors"), or -1 when the
   terminal lacks it. Valid after newterm, before start_color. */
static inline int btap_terminfo_number(const char *name) {
    int value = tigetnum(name);
    return value < 0 ? -1 : value;
}

/* MARK: signals */

/* Installs `handler` for `signal_number` without SA_RESTART, so that a
   blocking read is interrupted, and stores the previous action. */
static inline int btap_install_signal_handler(int signal_number, void (*handler)(int),
                                              int reset_after_delivery,
                                              struct sigaction *previous) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = reset_after_delivery ? SA_RESETHAND : 0;
    action.sa_handler = handler;
    return sigaction(signal_number, &action, previous);
}

/* Puts back an action saved by btap_install_signal_handler. */
static inline int btap_restore_signal_handler(int signal_number, const struct sigaction *previous) {
    return sigaction(signal_number, previous, NULL);
}

/* Sets the default action for `signal_number` and raises it again: the last
   step of a crash handler. */
static inline void btap_reraise_with_default_action(int signal_number) {
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

#endif
