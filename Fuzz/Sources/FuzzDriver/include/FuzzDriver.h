#ifndef ZECHE_FUZZ_DRIVER_H
#define ZECHE_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// One fuzz input: returns 0 (libFuzzer's convention).
typedef int (*zeche_fuzz_callback)(const uint8_t *data, size_t size);

/// Runs libFuzzer's driver with the program's arguments and `callback` as the target.
int zeche_run_fuzzer(int argc, char **argv, zeche_fuzz_callback callback);

#endif
