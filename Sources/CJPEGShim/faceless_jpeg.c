// Dispatch: read the frame header, then hand the stream to the IJG build that supports
// its process and precision.
#include <stdlib.h>
#include <string.h>

#include "faceless_jpeg.h"
#include "jpeg_flavours.h"

static int is_sof(uint8_t marker) {
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

int faceless_jpeg_scan_header(const uint8_t *src, size_t length, faceless_jpeg_info *info) {
    memset(info, 0, sizeof *info);
    if (length < 4 || src[0] != 0xFF || src[1] != 0xD8) return -1;
    size_t offset = 2;
    while (offset + 4 <= length) {
        if (src[offset] != 0xFF) return -1;
        uint8_t marker = src[offset + 1];
        if (marker == 0xFF) { offset++; continue; } // fill byte
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { offset += 2; continue; } // no length
        if (marker == 0xD9 || marker == 0xDA) return -1; // EOI or SOS before any SOF
        size_t segment = ((size_t)src[offset + 2] << 8) | src[offset + 3];
        if (segment < 2 || offset + 2 + segment > length) return -1;
        const uint8_t *payload = src + offset + 4;
        size_t payload_length = segment - 2;
        if (marker >= 0xE0 && marker <= 0xEF) {
            // pydicom treats any APPn starting "JFIF" as a JFIF marker.
            if (payload_length >= 4 && memcmp(payload, "JFIF", 4) == 0) info->has_jfif = 1;
            if (marker == 0xEE && payload_length >= 12 && memcmp(payload, "Adobe", 5) == 0) {
                info->has_adobe = 1;
                info->adobe_transform = payload[11];
            }
        } else if (is_sof(marker)) {
            if (payload_length < 6) return -1;
            info->sof_type = marker - 0xC0;
            info->precision = payload[0];
            info->height = (payload[1] << 8) | payload[2];
            info->width = (payload[3] << 8) | payload[4];
            info->components = payload[5];
            if (payload_length < 6 + 3 * (size_t)info->components) return -1;
            for (int c = 0; c < info->components && c < 4; c++) info->component_ids[c] = payload[6 + 3 * c];
            return 0;
        }
        offset += 2 + segment;
    }
    return -1;
}

static void set_error(char *error, size_t capacity, const char *text) {
    if (error && capacity > 0) {
        strncpy(error, text, capacity - 1);
        error[capacity - 1] = 0;
    }
}

int faceless_jpeg_decode(const uint8_t *src, size_t length, uint8_t *out, size_t out_capacity,
                         faceless_jpeg_info *info, char *error, size_t error_capacity) {
    if (faceless_jpeg_scan_header(src, length, info) != 0) {
        set_error(error, error_capacity, "no JPEG frame header (SOI ... SOFn) found");
        return -1;
    }
    int lossless = info->sof_type == 3 || info->sof_type == 7 || info->sof_type == 11 || info->sof_type == 15;
    if (lossless) {
        // GDCM's builds hold samples in JSAMPLE of 8 or 16 bits; the 8-bit one suffices for
        // P <= 8 and halves the memory traffic.
        if (info->precision >= 2 && info->precision <= 8)
            return faceless_jpeg8_decode(src, length, out, out_capacity, info, error, error_capacity);
        if (info->precision > 8 && info->precision <= 16)
            return faceless_jpeg16_decode(src, length, out, out_capacity, info, error, error_capacity);
    } else {
        if (info->precision == 8)
            return faceless_jpegturbo_decode(src, length, out, out_capacity, info, error, error_capacity);
        if (info->precision == 12)
            return faceless_jpeg12_decode(src, length, out, out_capacity, info, error, error_capacity);
    }
    set_error(error, error_capacity, lossless ? "unsupported lossless JPEG precision" : "unsupported JPEG DCT precision");
    return -1;
}

int faceless_jpeg_encode_lossless(const uint8_t *samples, int width, int height, int components,
                                  int precision, int bytes_per_sample, int rgb, uint8_t **out,
                                  size_t *out_length, char *error, size_t error_capacity) {
    *out = NULL;
    *out_length = 0;
    if (width <= 0 || height <= 0 || width > 65535 || height > 65535 || components < 1 || components > 4 ||
        precision < 2 || precision > 16 || (bytes_per_sample != 1 && bytes_per_sample != 2) ||
        (bytes_per_sample == 1 && precision > 8)) {
        set_error(error, error_capacity, "image parameters not encodable as lossless JPEG");
        return -1;
    }
    if (precision <= 8)
        return faceless_jpeg8_encode_lossless(samples, width, height, components, precision, bytes_per_sample, rgb,
                                              out, out_length, error, error_capacity);
    if (precision <= 12)
        return faceless_jpeg12_encode_lossless(samples, width, height, components, precision, bytes_per_sample, rgb,
                                               out, out_length, error, error_capacity);
    return faceless_jpeg16_encode_lossless(samples, width, height, components, precision, bytes_per_sample, rgb, out,
                                           out_length, error, error_capacity);
}

void faceless_jpeg_free(void *pointer) { free(pointer); }
