// HOG frontal face detector and the library-wide helpers (version, free).
#include "common.hpp"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/md5.h>
#include <dlib/revision.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unistd.h>

struct faceless_dlib_hog_model {
    dlib::frontal_face_detector detector;
};

struct faceless_dlib_hog {
    dlib::frontal_face_detector detector;
};

using namespace faceless_dlib;

extern "C" void faceless_dlib_free(void *pointer) { std::free(pointer); }

extern "C" const char *faceless_dlib_version(void) {
    // Stringified from dlib/revision.h, the headers this library was compiled with.
#define FACELESS_STRING2(x) #x
#define FACELESS_STRING(x) FACELESS_STRING2(x)
    return FACELESS_STRING(DLIB_MAJOR_VERSION) "." FACELESS_STRING(DLIB_MINOR_VERSION) "." FACELESS_STRING(DLIB_PATCH_VERSION);
}

namespace {

// The cache file: this header line, the MD5 of the rest in hex and a newline, then the model as
// dlib serializes it. The digest catches a torn or damaged file; the version keeps another
// dlib's model from being taken for this one's.
std::string cache_header() { return std::string("faceless dlib frontal face model ") + faceless_dlib_version() + "\n"; }

bool read_cached(const char *path, dlib::frontal_face_detector &detector) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    const std::string contents((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string header = cache_header();
    const size_t digest_end = header.size() + 32;
    if (contents.size() <= digest_end + 1 || contents.compare(0, header.size(), header) != 0 || contents[digest_end] != '\n')
        return false;
    const std::string body = contents.substr(digest_end + 1);
    if (dlib::md5(body) != contents.substr(header.size(), 32)) return false;
    try {
        std::istringstream sin(body);
        dlib::deserialize(detector, sin);
    } catch (const std::exception &) {
        return false;
    }
    return detector.num_detectors() > 0;
}

void write_cached(const char *path, const std::string &body) {
    const std::string partial = std::string(path) + "." + std::to_string(getpid()) + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << cache_header() << dlib::md5(body) << '\n' << body;
        if (!out.flush()) {
            std::remove(partial.c_str());
            return;
        }
    }
    if (std::rename(partial.c_str(), path) != 0) std::remove(partial.c_str());
}

}  // namespace

extern "C" char *faceless_dlib_hog_model_load(const char *cache_path, faceless_dlib_hog_model **out, int32_t *from_cache) {
    if (out == nullptr) return error("output pointer is null");
    *out = nullptr;
    return guarded("HOG model", [&]() -> char * {
        auto model = new faceless_dlib_hog_model();
        const bool cached = cache_path != nullptr && read_cached(cache_path, model->detector);
        if (!cached) {
            const std::string body = dlib::get_serialized_frontal_faces();
            std::istringstream sin(body);
            dlib::deserialize(model->detector, sin);
            if (cache_path != nullptr) write_cached(cache_path, body);
        }
        if (from_cache != nullptr) *from_cache = cached ? 1 : 0;
        *out = model;
        return nullptr;
    });
}

extern "C" void faceless_dlib_hog_model_destroy(faceless_dlib_hog_model *model) { delete model; }

extern "C" char *faceless_dlib_hog_create(const faceless_dlib_hog_model *model, faceless_dlib_hog **out) {
    if (out == nullptr) return error("output pointer is null");
    *out = nullptr;
    if (model == nullptr) return error("model is null");
    return guarded("HOG detector", [&]() -> char * {
        *out = new faceless_dlib_hog{model->detector};
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
