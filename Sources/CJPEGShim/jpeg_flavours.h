// The per-library entry points behind faceless_jpeg_decode/encode (private to the shim).
#ifndef FACELESS_JPEG_FLAVOURS_H
#define FACELESS_JPEG_FLAVOURS_H

#include "faceless_jpeg.h"

#define FJ_DECLARE_DECODE(prefix)                                                              \
    int prefix##_decode(const uint8_t *src, size_t length, uint8_t *out, size_t out_capacity,  \
                        faceless_jpeg_info *info, char *error, size_t error_capacity);
#define FJ_DECLARE_ENCODE(prefix)                                                              \
    int prefix##_encode_lossless(const uint8_t *samples, int width, int height, int components, \
                                 int precision, int bytes_per_sample, int rgb, uint8_t **out,           \
                                 size_t *out_length, char *error, size_t error_capacity);

FJ_DECLARE_DECODE(faceless_jpegturbo)
FJ_DECLARE_DECODE(faceless_jpeg8)
FJ_DECLARE_DECODE(faceless_jpeg12)
FJ_DECLARE_DECODE(faceless_jpeg16)
FJ_DECLARE_ENCODE(faceless_jpeg8)
FJ_DECLARE_ENCODE(faceless_jpeg12)
FJ_DECLARE_ENCODE(faceless_jpeg16)

#endif
