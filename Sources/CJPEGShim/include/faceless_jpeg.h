// Plain C entry points over the IJG JPEG libraries (libjpeg-turbo and GDCM's 8/12/16-bit
// IJG builds). IJG reports errors by longjmp from its error_exit hook; that stays inside
// the C files, so Swift only ever sees return codes and an error message.
#ifndef FACELESS_JPEG_H
#define FACELESS_JPEG_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Colour space of decoded samples (no colour conversion is ever applied on decode).
enum {
    FACELESS_JPEG_CS_UNKNOWN = 0,
    FACELESS_JPEG_CS_GRAY = 1,
    FACELESS_JPEG_CS_RGB = 2,
    FACELESS_JPEG_CS_YCBCR = 3,
    FACELESS_JPEG_CS_OTHER = 4,
};

/// What the frame header (SOFn) and APPn markers of a stream say.
typedef struct faceless_jpeg_info {
    int width;
    int height;
    int components;
    /// Sample precision P from the SOF marker.
    int precision;
    /// The SOF marker's n: 0 baseline, 1 extended, 2 progressive, 3 lossless, ...
    int sof_type;
    /// Component identifiers C1..C3 (for the 'R','G','B' convention).
    int component_ids[4];
    int has_jfif;
    int has_adobe;
    int adobe_transform;
    /// Set by decode: the colour space the output samples are in.
    int color_space;
    /// Set by decode: bytes per output sample (1 for P <= 8, else 2, native endian).
    int bytes_per_sample;
} faceless_jpeg_info;

/// Scans the markers up to the first SOFn; fills `info`. Returns 0, or -1 when there is
/// no usable frame header.
int faceless_jpeg_scan_header(const uint8_t *src, size_t length, faceless_jpeg_info *info);

/// Decodes one JPEG image (any IJG-supported process) into `out`: interleaved samples,
/// `bytes_per_sample` wide, rows top to bottom, without colour conversion. Chooses the
/// library from the SOF marker. Returns 0, or -1 with a message in `error`.
int faceless_jpeg_decode(const uint8_t *src, size_t length, uint8_t *out, size_t out_capacity,
                         faceless_jpeg_info *info, char *error, size_t error_capacity);

/// Encodes interleaved samples (`bytes_per_sample` 1 or 2, native endian) losslessly as
/// JPEG process 14, selection value 1 (DICOM 1.2.840.10008.1.2.4.70). Samples are masked to
/// `precision` bits. Three components are labelled 'R','G','B' (with an Adobe marker)
/// when `rgb` is non-zero, else with ids 1,2,3 and no colour marker; never transformed.
/// On success returns 0 and a malloc'ed buffer in *out (free it with
/// faceless_jpeg_free); on failure -1 with a message in `error`.
int faceless_jpeg_encode_lossless(const uint8_t *samples, int width, int height, int components,
                                  int precision, int bytes_per_sample, int rgb, uint8_t **out,
                                  size_t *out_length, char *error, size_t error_capacity);

void faceless_jpeg_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif
