// The body shared by every IJG flavour (libjpeg-turbo 8-bit, GDCM's 8/12/16-bit builds).
// Each flavour's .c file includes its own jpeglib.h, defines FJ_NAME (the exported
// prefix) and FJ_LOSSLESS (the GDCM builds carry the lossless-JPEG patch), then includes
// this file. The headers of the flavours cannot share a translation unit (same struct
// names, different JSAMPLE), hence one .c per flavour.
//
// Error handling: IJG's error_exit must not return, so it longjmps back to the setjmp in
// the entry point, which destroys the codec object and returns -1. Warnings that mean
// "pixel data is missing or garbled" are promoted to errors, so a damaged stream is
// reported instead of decoding to a silently wrong image.

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "faceless_jpeg.h"

struct fj_error {
    struct jpeg_error_mgr pub;
    jmp_buf jump;
    char *message;
    size_t capacity;
};

static void fj_set_message(struct fj_error *e, const char *text) {
    if (e->message && e->capacity > 0) {
        strncpy(e->message, text, e->capacity - 1);
        e->message[e->capacity - 1] = 0;
    }
}

static void fj_error_exit(j_common_ptr cinfo) {
    struct fj_error *e = (struct fj_error *)cinfo->err;
    char text[JMSG_LENGTH_MAX];
    (*cinfo->err->format_message)(cinfo, text);
    fj_set_message(e, text);
    longjmp(e->jump, 1);
}

static void fj_emit_message(j_common_ptr cinfo, int level) {
    if (level >= 0) return; // trace messages
    switch (cinfo->err->msg_code) {
    // Harmless oddities seen in real DICOM files: padding before a marker, unusual
    // JFIF versions or Adobe transform codes, non-zero Ss/Se in a sequential scan.
    case JWRN_EXTRANEOUS_DATA:
    case JWRN_JFIF_MAJOR:
    case JWRN_ADOBE_XFORM:
    case JWRN_NOT_SEQUENTIAL:
        cinfo->err->num_warnings++;
        return;
    default:
        // Premature end of a data segment, bad Huffman codes, lost restart sync, bogus
        // progression: the image would have holes, so it is corrupt.
        fj_error_exit(cinfo);
    }
}

static void fj_output_message(j_common_ptr cinfo) { (void)cinfo; }

static void fj_install_errors(struct fj_error *e, char *message, size_t capacity) {
    jpeg_std_error(&e->pub);
    e->pub.error_exit = fj_error_exit;
    e->pub.emit_message = fj_emit_message;
    e->pub.output_message = fj_output_message;
    e->message = message;
    e->capacity = capacity;
    fj_set_message(e, "");
}

// ---- memory source -------------------------------------------------------------------

struct fj_source {
    struct jpeg_source_mgr pub;
    int eoi_inserted;
};

static const JOCTET fj_fake_eoi[2] = {0xFF, JPEG_EOI};

static void fj_init_source(j_decompress_ptr cinfo) { (void)cinfo; }

// The whole stream is in memory, so running out means the stream ended early. One fake
// EOI lets a stream that merely lacks its EOI marker finish (the entropy decoder then
// warns JWRN_HIT_MARKER if pixel data really is missing); a second request is an error.
static boolean fj_fill_input_buffer(j_decompress_ptr cinfo) {
    struct fj_source *source = (struct fj_source *)cinfo->src;
    if (source->eoi_inserted) ERREXIT(cinfo, JERR_INPUT_EOF);
    source->eoi_inserted = 1;
    source->pub.next_input_byte = fj_fake_eoi;
    source->pub.bytes_in_buffer = 2;
    return TRUE;
}

static void fj_skip_input_data(j_decompress_ptr cinfo, long count) {
    struct jpeg_source_mgr *source = cinfo->src;
    if (count <= 0) return;
    while ((size_t)count > source->bytes_in_buffer) {
        count -= (long)source->bytes_in_buffer;
        fj_fill_input_buffer(cinfo);
    }
    source->next_input_byte += count;
    source->bytes_in_buffer -= (size_t)count;
}

static void fj_term_source(j_decompress_ptr cinfo) { (void)cinfo; }

// A corrupt progressive stream can declare thousands of tiny scans; each costs a pass
// over the coefficient buffer. Real images have a dozen or so.
static void fj_progress(j_common_ptr cinfo) {
    if (cinfo->is_decompressor && ((j_decompress_ptr)cinfo)->input_scan_number > 1000) {
        ERREXIT1(cinfo, JERR_BAD_PRECISION, 0); // message reused; the caller reports corruption
    }
}

int FJ_NAME(decode)(const uint8_t *src, size_t length, uint8_t *out, size_t out_capacity,
                    faceless_jpeg_info *info, char *error, size_t error_capacity) {
    struct jpeg_decompress_struct cinfo;
    struct fj_error jerr;
    struct fj_source source;
    struct jpeg_progress_mgr progress;
    JSAMPROW rows[16];

    memset(&cinfo, 0, sizeof cinfo);
    fj_install_errors(&jerr, error, error_capacity);
    cinfo.err = &jerr.pub;
    if (setjmp(jerr.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    jpeg_create_decompress(&cinfo);

    memset(&source, 0, sizeof source);
    source.pub.init_source = fj_init_source;
    source.pub.fill_input_buffer = fj_fill_input_buffer;
    source.pub.skip_input_data = fj_skip_input_data;
    source.pub.resync_to_restart = jpeg_resync_to_restart;
    source.pub.term_source = fj_term_source;
    source.pub.next_input_byte = src;
    source.pub.bytes_in_buffer = length;
    cinfo.src = &source.pub;
    memset(&progress, 0, sizeof progress);
    progress.progress_monitor = fj_progress;
    cinfo.progress = &progress;

    jpeg_read_header(&cinfo, TRUE);

    // Never convert colour: the caller decides (pydicom converts YBR→RGB itself).
    switch (cinfo.jpeg_color_space) {
    case JCS_GRAYSCALE: info->color_space = FACELESS_JPEG_CS_GRAY; break;
    case JCS_RGB: info->color_space = FACELESS_JPEG_CS_RGB; break;
    case JCS_YCbCr: info->color_space = FACELESS_JPEG_CS_YCBCR; break;
    default: info->color_space = FACELESS_JPEG_CS_OTHER; break;
    }
    cinfo.out_color_space = cinfo.jpeg_color_space;
    // Integer IDCT and triangle-filter chroma upsampling come closest to pylibjpeg's
    // libjpeg (tried: float IDCT, plain replication; both agree less).
    cinfo.dct_method = JDCT_ISLOW;
    cinfo.do_fancy_upsampling = TRUE;

    const size_t sample_size = sizeof(JSAMPLE);
    const size_t row_bytes = (size_t)cinfo.image_width * (size_t)cinfo.num_components * sample_size;
    if (cinfo.image_width == 0 || cinfo.image_height == 0 ||
        row_bytes * (size_t)cinfo.image_height > out_capacity) {
        fj_set_message(&jerr, "frame header size does not match the pixel description");
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }

    jpeg_start_decompress(&cinfo);
    // Scanlines go straight into the caller's buffer: no staging copy.
    while (cinfo.output_scanline < cinfo.output_height) {
        JDIMENSION count = cinfo.rec_outbuf_height > 16 ? 16 : (JDIMENSION)cinfo.rec_outbuf_height;
        if (count > cinfo.output_height - cinfo.output_scanline) count = cinfo.output_height - cinfo.output_scanline;
        for (JDIMENSION i = 0; i < count; i++) {
            rows[i] = (JSAMPROW)(out + (size_t)(cinfo.output_scanline + i) * row_bytes);
        }
        if (jpeg_read_scanlines(&cinfo, rows, count) == 0) {
            fj_set_message(&jerr, "decoder made no progress");
            jpeg_destroy_decompress(&cinfo);
            return -1;
        }
    }
    info->bytes_per_sample = (int)sample_size;
    info->width = (int)cinfo.output_width;
    info->height = (int)cinfo.output_height;
    info->components = cinfo.output_components;
    // Deliberately no jpeg_finish_decompress: every pixel is out, and what follows the
    // last scan (EOI, padding, junk) does not change the image.
    jpeg_destroy_decompress(&cinfo);
    return 0;
}

#if FJ_LOSSLESS

// ---- growing memory destination ----------------------------------------------------

struct fj_destination {
    struct jpeg_destination_mgr pub;
    uint8_t *buffer;
    size_t capacity;
};

static void fj_init_destination(j_compress_ptr cinfo) {
    struct fj_destination *d = (struct fj_destination *)cinfo->dest;
    d->pub.next_output_byte = d->buffer;
    d->pub.free_in_buffer = d->capacity;
}

static boolean fj_empty_output_buffer(j_compress_ptr cinfo) {
    struct fj_destination *d = (struct fj_destination *)cinfo->dest;
    size_t old = d->capacity;
    uint8_t *grown = realloc(d->buffer, old * 2);
    if (!grown) ERREXIT1(cinfo, JERR_OUT_OF_MEMORY, 0);
    d->buffer = grown;
    d->capacity = old * 2;
    d->pub.next_output_byte = grown + old;
    d->pub.free_in_buffer = old;
    return TRUE;
}

static void fj_term_destination(j_compress_ptr cinfo) { (void)cinfo; }

int FJ_NAME(encode_lossless)(const uint8_t *samples, int width, int height, int components,
                             int precision, int bytes_per_sample, int rgb, uint8_t **out,
                             size_t *out_length, char *error, size_t error_capacity) {
    struct jpeg_compress_struct cinfo;
    struct fj_error jerr;
    struct fj_destination destination;

    memset(&cinfo, 0, sizeof cinfo);
    memset(&destination, 0, sizeof destination);
    fj_install_errors(&jerr, error, error_capacity);
    cinfo.err = &jerr.pub;
    if (setjmp(jerr.jump)) {
        jpeg_destroy_compress(&cinfo);
        free(destination.buffer);
        return -1;
    }
    jpeg_create_compress(&cinfo);

    destination.capacity = (size_t)width * (size_t)height * (size_t)components * 2 / 3 + 4096;
    destination.buffer = malloc(destination.capacity);
    if (!destination.buffer) ERREXIT1(&cinfo, JERR_OUT_OF_MEMORY, 0);
    destination.pub.init_destination = fj_init_destination;
    destination.pub.empty_output_buffer = fj_empty_output_buffer;
    destination.pub.term_destination = fj_term_destination;
    cinfo.dest = &destination.pub;

    cinfo.image_width = (JDIMENSION)width;
    cinfo.image_height = (JDIMENSION)height;
    cinfo.input_components = components;
    // YCbCr in and out is a null conversion, like RGB; it only changes the labels.
    cinfo.in_color_space = components == 1 ? JCS_GRAYSCALE
                         : components == 3 ? (rgb ? JCS_RGB : JCS_YCbCr)
                                           : JCS_UNKNOWN;
    jpeg_set_defaults(&cinfo); // data_precision = BITS_IN_JSAMPLE, the only one it accepts
    // Samples are stored as they are: no colour transform, no subsampling. RGB gets the
    // 'R','G','B' component ids (and Adobe transform 0) so readers do not assume YCbCr;
    // other 3-sample data gets ids 1,2,3 and no JFIF marker, so pydicom keeps its label.
    jpeg_set_colorspace(&cinfo, cinfo.in_color_space);
    for (int c = 0; c < components; c++) {
        cinfo.comp_info[c].h_samp_factor = 1;
        cinfo.comp_info[c].v_samp_factor = 1;
    }
    cinfo.write_JFIF_header = FALSE;
    jpeg_simple_lossless(&cinfo, 1, 0); // selection value 1, no point transform
    // Standard Huffman tables only cover 11-bit differences; optimised ones cover 16.
    cinfo.optimize_coding = TRUE;

    jpeg_start_compress(&cinfo, TRUE);
    // This build only accepts P == BITS_IN_JSAMPLE at setup, but the lossless coder reads
    // P afterwards (SOF marker, initial predictor 2^(P-1)), so Bits Stored can be set now:
    // the stream then says P = Bits Stored, as DICOM expects.
    cinfo.data_precision = precision;
    JSAMPARRAY row = (*cinfo.mem->alloc_sarray)((j_common_ptr)&cinfo, JPOOL_IMAGE,
                                                 (JDIMENSION)(width * components), 1);
    const unsigned mask = precision >= 16 ? 0xFFFFu : ((1u << precision) - 1u);
    const size_t count = (size_t)width * (size_t)components;
    while (cinfo.next_scanline < cinfo.image_height) {
        const uint8_t *in = samples + (size_t)cinfo.next_scanline * count * (size_t)bytes_per_sample;
        if (bytes_per_sample == 1) {
            for (size_t i = 0; i < count; i++) row[0][i] = (JSAMPLE)(in[i] & mask);
        } else {
            for (size_t i = 0; i < count; i++) {
                uint16_t value;
                memcpy(&value, in + 2 * i, 2); // the caller's buffer may be unaligned
                row[0][i] = (JSAMPLE)(value & mask);
            }
        }
        jpeg_write_scanlines(&cinfo, row, 1);
    }
    jpeg_finish_compress(&cinfo);
    *out_length = destination.capacity - destination.pub.free_in_buffer;
    *out = destination.buffer;
    jpeg_destroy_compress(&cinfo);
    return 0;
}

#endif
