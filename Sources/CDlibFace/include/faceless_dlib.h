// faceless_dlib: a small C interface over Debian's dlib (19.24) for Faceless's face check.
//
// Why a C layer: dlib is C++ templates and throws exceptions; Swift must see neither. Every
// function here catches everything and reports failure as an error string, and every object is
// an opaque handle.
//
// Conventions
// - Functions that can fail return NULL on success, else a NUL-terminated message allocated with
//   malloc that the caller frees with faceless_dlib_free(). No function throws or aborts on bad
//   input (null handles, sizes, strides and paths are checked and reported).
// - Images are 8-bit grey, row-major, `row_stride` bytes from one row to the next (>= width);
//   the buffer is only read during the call and never kept.
// - Rectangles are dlib's: inclusive pixel bounds, left <= right, top <= bottom, in the
//   coordinates of the image given (even when the detector upsampled it internally); they may
//   reach outside the image.
// - Threads: a handle keeps the model and its working buffers, so it must be used by one thread
//   at a time (make one handle per thread to run in parallel). Different handles are
//   independent. Creating a handle reads its model file once.
// - The CNN and the embedding multiply matrices through BLAS (OpenBLAS on Debian), which may
//   start its own threads; with one handle per core, set OPENBLAS_NUM_THREADS=1 so they do not
//   compete.
#ifndef FACELESS_DLIB_H
#define FACELESS_DLIB_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An 8-bit grey image borrowed for one call.
typedef struct faceless_dlib_image {
    const uint8_t *pixels;
    int32_t width;
    int32_t height;
    /// Bytes from the start of one row to the start of the next (>= width).
    ptrdiff_t row_stride;
} faceless_dlib_image;

/// An inclusive pixel rectangle.
typedef struct faceless_dlib_rect {
    int64_t left, top, right, bottom;
} faceless_dlib_rect;

/// One detected face.
typedef struct faceless_dlib_detection {
    faceless_dlib_rect rect;
    /// The detector's confidence: HOG's SVM score or MMOD's CNN score; > the threshold asked for.
    double score;
    /// HOG only: which of the detector's filters fired (the frontal detector has 5: front,
    /// left, right, front turned left, front turned right); -1 for the CNN detector.
    int32_t filter_index;
} faceless_dlib_detection;

/// One landmark, in image pixels.
typedef struct faceless_dlib_point {
    int64_t x, y;
} faceless_dlib_point;

/// Frees an error message or a detection array returned by this library (NULL is fine).
void faceless_dlib_free(void *pointer);

/// The dlib version the library was built against, e.g. "19.24.0" (static, do not free).
const char *faceless_dlib_version(void);

// ---- HOG frontal face detector (built into dlib, no model file) ------------------------------

typedef struct faceless_dlib_hog_model faceless_dlib_hog_model;
typedef struct faceless_dlib_hog faceless_dlib_hog;

/// dlib's frontal face model. dlib keeps it compressed and unpacks it in about 0.3 s; with a
/// `cache_path` (NULL for none) the unpacked model is read from that file when the file holds
/// it intact (a digest guards it), and otherwise unpacked and written there (atomically; a
/// cache that cannot be written is no error). `*from_cache` (may be NULL) tells which.
char *faceless_dlib_hog_model_load(const char *cache_path, faceless_dlib_hog_model **out, int32_t *from_cache);
void faceless_dlib_hog_model_destroy(faceless_dlib_hog_model *model);

/// A detector handle with its own copy of `model` (which may be destroyed afterwards).
char *faceless_dlib_hog_create(const faceless_dlib_hog_model *model, faceless_dlib_hog **out);
void faceless_dlib_hog_destroy(faceless_dlib_hog *hog);
/// Number of filters of the detector (5 for dlib's frontal face detector).
int32_t faceless_dlib_hog_filter_count(const faceless_dlib_hog *hog);

/// Detects faces: `upsample` doublings of the image first (0 = none; each finds faces half as
/// large and costs ~4× the time), detections scoring above `threshold` (dlib's default 0; lower
/// finds more). `*detections` (free with faceless_dlib_free) gets `*count` detections, best first.
char *faceless_dlib_hog_detect(faceless_dlib_hog *hog, faceless_dlib_image image, int32_t upsample, double threshold,
                               faceless_dlib_detection **detections, size_t *count);

// ---- CNN (MMOD) face detector: mmod_human_face_detector.dat -----------------------------------

typedef struct faceless_dlib_cnn faceless_dlib_cnn;

char *faceless_dlib_cnn_create(const char *model_path, faceless_dlib_cnn **out);
void faceless_dlib_cnn_destroy(faceless_dlib_cnn *cnn);

/// As faceless_dlib_hog_detect; filter_index is always -1. Needs about 1 KB of memory per pixel
/// (after upsampling), so images of more than 2^21 pixels after upsampling are refused.
char *faceless_dlib_cnn_detect(faceless_dlib_cnn *cnn, faceless_dlib_image image, int32_t upsample, double threshold,
                               faceless_dlib_detection **detections, size_t *count);

// ---- 5-point landmarks: shape_predictor_5_face_landmarks.dat ----------------------------------

typedef struct faceless_dlib_landmarker faceless_dlib_landmarker;

char *faceless_dlib_landmarker_create(const char *model_path, faceless_dlib_landmarker **out);
void faceless_dlib_landmarker_destroy(faceless_dlib_landmarker *landmarker);
/// Points the model places (5 for the 5-point model).
int32_t faceless_dlib_landmarker_point_count(const faceless_dlib_landmarker *landmarker);

/// Places the model's points for the face in `rect`. `points` must hold `capacity` points;
/// `*count` gets the model's point count (an error if it exceeds `capacity`).
char *faceless_dlib_landmarker_locate(faceless_dlib_landmarker *landmarker, faceless_dlib_image image,
                                      faceless_dlib_rect rect, faceless_dlib_point *points, size_t capacity,
                                      size_t *count);

// ---- 128-D face embedding: dlib_face_recognition_resnet_model_v1.dat --------------------------

typedef struct faceless_dlib_embedder faceless_dlib_embedder;

enum { FACELESS_DLIB_EMBEDDING_SIZE = 128 };

char *faceless_dlib_embedder_create(const char *model_path, faceless_dlib_embedder **out);
void faceless_dlib_embedder_destroy(faceless_dlib_embedder *embedder);

/// The embedding of the face whose 5 landmarks (from the landmarker, on this image) are given
/// with the rectangle they were placed in: the face is cut out as dlib's 150×150 aligned chip
/// (25% padding) and run through the ResNet. `embedding` must hold
/// FACELESS_DLIB_EMBEDDING_SIZE floats.
char *faceless_dlib_embedder_embed(faceless_dlib_embedder *embedder, faceless_dlib_image image, faceless_dlib_rect rect,
                                   const faceless_dlib_point *points, size_t point_count, float *embedding);

#ifdef __cplusplus
}
#endif

#endif
