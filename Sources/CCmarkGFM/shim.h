// The C API of cmark-gfm and its GitHub extensions (table, strikethrough, autolink, tagfilter,
// tasklist). Debian: libcmark-gfm-dev libcmark-gfm-extensions-dev; Homebrew: cmark-gfm.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
