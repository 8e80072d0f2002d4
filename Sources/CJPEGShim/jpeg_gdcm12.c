// GDCM's IJG build with BITS_IN_JSAMPLE 12 (Debian libgdcm-dev, libgdcmjpeg12): 12-bit DCT (JPEG Extended, process 4).
// Its headers rename every jpeg_* symbol to gdcmjpeg12_*, so the three builds coexist.
#include <stdio.h>
#include <gdcm-3.0/gdcmjpeg/12/jpeglib.h>
#include <gdcm-3.0/gdcmjpeg/12/jerror.h>

#include "jpeg_flavours.h"

#define FJ_NAME(name) faceless_jpeg12_##name
#define FJ_LOSSLESS 1
#include "jpeg_flavour_impl.h"
