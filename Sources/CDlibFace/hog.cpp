// HOG frontal face detector and the library-wide helpers (version, free).
#include "common.hpp"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/revision.h>

#include <algorithm>

// dlib unpacks the detector's model from a compressed string (about 0.4 s); that is done once
// per process, and every handle copies the result.
static const dlib::frontal_face_detector &frontal_face_prototype() {
    static const dlib::frontal_face_detector prototype = dlib::get_frontal_face_detector();
    return prototype;
}

struct faceless_dlib_hog {
    dlib::frontal_face_detector detector = frontal_face_prototype();
};

using namespace faceless_dlib;

extern "C" void faceless_dlib_free(void *pointer) { std::free(pointer); }

extern "C" const char *faceless_dlib_version(void) {
    // Stringified from dlib/revision.h, the headers this library was compiled with.
#define FACELESS_STRING2(x) #x
#define FACELESS_STRING(x) FACELESS_STRING2(x)
    return FACELESS_STRING(DLIB_MAJOR_VERSION) "." FACELESS_STRING(DLIB_MINOR_VERSION) "." FACELESS_STRING(DLIB_PATCH_VERSION);
}

extern "C" char *faceless_dlib_hog_create(faceless_dlib_hog **out) {
    if (out == nullptr) return error("output pointer is null");
    *out = nullptr;
    return guarded("HOG detector", [&]() -> char * {
        *out = new faceless_dlib_hog();
        return nullptr;
    });
}

extern "C" void faceless_dlib_hog_destroy(faceless_dlib_hog *hog) { delete hog; }

extern "C" int32_t faceless_dlib_hog_filter_count(const faceless_dlib_hog *hog) {
    return hog == nullptr ? 0 : static_cast<int32_t>(hog->detector.num_detectors());
}

extern "C" char *faceless_dlib_hog_detect(faceless_dlib_hog *hog, faceless_dlib_image image, int32_t upsample,
                                          double threshold, faceless_dlib_detection **detections, size_t *count) {
    if (char *bad = check_detect(hog, image, upsample, detections, count)) return bad;
    *detections = nullptr;
    *count = 0;
    return guarded("HOG detection", [&]() -> char * {
        auto grey = copy<unsigned char>(image);
        upsample_image(grey, upsample);
        // This overload reports which filter fired (weight_index) besides rectangle and score.
        std::vector<dlib::rect_detection> found;
        hog->detector(grey, found, threshold);
        std::vector<faceless_dlib_detection> result;
        result.reserve(found.size());
        for (const auto &d : found)
            result.push_back({to_c(downsampled(d.rect, upsample)), d.detection_confidence, static_cast<int32_t>(d.weight_index)});
        std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
        return hand_over(std::move(result), detections, count);
    });
}
