// GDCM's IJG build with BITS_IN_JSAMPLE 16 (Debian libgdcm-dev, libgdcmjpeg16): lossless with P 9..16 (processes 14/15); also encodes them.
// Its headers rename every jpeg_* symbol to gdcmjpeg16_*, so the three builds coexist.
#include <stdio.h>
#include <gdcm-3.0/gdcmjpeg/16/jpeglib.h>
#include <gdcm-3.0/gdcmjpeg/16/jerror.h>

#include "jpeg_flavours.h"

#define FJ_NAME(name) faceless_jpeg16_##name
#define FJ_LOSSLESS 1
#include "jpeg_flavour_impl.h"
