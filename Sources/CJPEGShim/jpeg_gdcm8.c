// GDCM's IJG build with BITS_IN_JSAMPLE 8 (Debian libgdcm-dev, libgdcmjpeg8): 8-bit lossless (process 14, P <= 8); also encodes 8-bit lossless.
// Its headers rename every jpeg_* symbol to gdcmjpeg8_*, so the three builds coexist.
#include <stdio.h>
#include <gdcm-3.0/gdcmjpeg/8/jpeglib.h>
#include <gdcm-3.0/gdcmjpeg/8/jerror.h>

#include "jpeg_flavours.h"

#define FJ_NAME(name) faceless_jpeg8_##name
#define FJ_LOSSLESS 1
#include "jpeg_flavour_impl.h"
