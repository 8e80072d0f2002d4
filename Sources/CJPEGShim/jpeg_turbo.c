// libjpeg-turbo (Debian libjpeg62-turbo): 8-bit DCT processes (baseline, extended,
// progressive), SIMD-accelerated.
#include <stdio.h>
#include <jpeglib.h>
#include <jerror.h>

#include "jpeg_flavours.h"

#define FJ_NAME(name) faceless_jpegturbo_##name
#define FJ_LOSSLESS 0
#include "jpeg_flavour_impl.h"
