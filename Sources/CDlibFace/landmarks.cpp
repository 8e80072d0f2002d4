// dlib's shape predictor (an ensemble of regression trees) for shape_predictor_5_face_landmarks.dat.
#include "common.hpp"

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/serialize.h>

struct faceless_dlib_landmarker {
    dlib::shape_predictor predictor;
};

using namespace faceless_dlib;

extern "C" char *faceless_dlib_landmarker_create(const char *model_path, faceless_dlib_landmarker **out) {
    if (out == nullptr || model_path == nullptr) return error("model path or output pointer is null");
    *out = nullptr;
    return guarded(model_path, [&]() -> char * {
        auto *landmarker = new faceless_dlib_landmarker();
        try {
            dlib::deserialize(model_path) >> landmarker->predictor;
        } catch (...) {
            delete landmarker;
            throw;
        }
        *out = landmarker;
        return nullptr;
    });
}

extern "C" void faceless_dlib_landmarker_destroy(faceless_dlib_landmarker *landmarker) { delete landmarker; }

extern "C" int32_t faceless_dlib_landmarker_point_count(const faceless_dlib_landmarker *landmarker) {
    return landmarker == nullptr ? 0 : static_cast<int32_t>(landmarker->predictor.num_parts());
}

extern "C" char *faceless_dlib_landmarker_locate(faceless_dlib_landmarker *landmarker, faceless_dlib_image image,
                                                 faceless_dlib_rect rect, faceless_dlib_point *points, size_t capacity,
                                                 size_t *count) {
    if (landmarker == nullptr) return error("landmarker handle is null");
    if (points == nullptr || count == nullptr) return error("points or count pointer is null");
    if (rect.right < rect.left || rect.bottom < rect.top) return error("face rectangle is empty");
    if (char *bad = check(image)) return bad;
    *count = 0;
    return guarded("landmarks", [&]() -> char * {
        const size_t parts = landmarker->predictor.num_parts();
        if (parts > capacity)
            return error("the model places " + std::to_string(parts) + " points; room for " + std::to_string(capacity));
        auto grey = copy<unsigned char>(image);
        const dlib::full_object_detection shape = landmarker->predictor(grey, to_dlib(rect));
        for (size_t i = 0; i < parts; ++i) points[i] = {shape.part(i).x(), shape.part(i).y()};
        *count = parts;
        return nullptr;
    });
}
