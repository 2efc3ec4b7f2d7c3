import FuzzDriver
import Glibc

exit(zeche_run_fuzzer(CommandLine.argc, CommandLine.unsafeArgv, fuzzSVG))
