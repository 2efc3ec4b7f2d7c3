// SwiftPM links every Linux executable with `--defsym main=<Module>_main`, so libFuzzer's own
// `main` cannot be used; each fuzzer's main.swift starts libFuzzer's driver through this entry
// point instead (LLVMFuzzerRunDriver, libFuzzer's API for programs with a main of their own).
#include "FuzzDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int zeche_run_fuzzer(int argc, char **argv, zeche_fuzz_callback callback) {
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
