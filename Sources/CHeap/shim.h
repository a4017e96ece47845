#ifndef BTAP_CHEAP_SHIM_H
#define BTAP_CHEAP_SHIM_H

/*
 * The C library's heap controls that Swift's Glibc module leaves out: mallopt and its
 * parameters (malloc.h), with sbrk and madvise beside them. btap uses them once, before
 * loading data far larger than it ships (btap/Support/LargeDataHeap.swift).
 */

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#endif
