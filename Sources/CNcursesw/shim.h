#ifndef BTAP_CNCURSESW_SHIM_H
#define BTAP_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#endif
