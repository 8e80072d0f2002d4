// dlib's CNN face detector (max-margin object detection, MMOD), for mmod_human_face_detector.dat.
#include "common.hpp"

#include <dlib/dnn.h>

#include <algorithm>

namespace {

// The network's layer types must match the ones serialized in the model file exactly, or
// deserialize() refuses it. Architecture (dlib's documented MMOD face detector): three
// stride-2 5×5 convolutions (16, 32, 32 filters) shrink the image 8×, three 5×5 convolutions of
// 45 filters follow, and one 9×9 filter scores each position; every convolution but the last
// is followed by an affine (batch-norm frozen for inference) layer and a ReLU. The input is an
// image pyramid (each level 5/6 of the one above) packed into one tensor, so one pass sees
// faces of many sizes.
template <long filters, typename Below> using halving_5x5 = dlib::con<filters, 5, 5, 2, 2, Below>;
template <long filters, typename Below> using same_5x5 = dlib::con<filters, 5, 5, 1, 1, Below>;
template <typename Below> using normalised = dlib::relu<dlib::affine<Below>>;

template <typename Below>
using shrink_8x = normalised<halving_5x5<32, normalised<halving_5x5<32, normalised<halving_5x5<16, Below>>>>>>;
template <typename Below> using features_45 = normalised<same_5x5<45, Below>>;

using pyramid_input = dlib::input_rgb_image_pyramid<dlib::pyramid_down<6>>;
using mmod_net = dlib::loss_mmod<dlib::con<1, 9, 9, 1, 1, features_45<features_45<features_45<shrink_8x<pyramid_input>>>>>>;

/// 2²¹ pixels, about 2 GB: a 512² render upsampled once, a 1024² one as it is.
constexpr double max_cnn_pixels = 2097152.0;

}  // namespace

struct faceless_dlib_cnn {
    mmod_net net;
};

using namespace faceless_dlib;

extern "C" char *faceless_dlib_cnn_create(const char *model_path, faceless_dlib_cnn **out) {
    if (out == nullptr || model_path == nullptr) return error("model path or output pointer is null");
    *out = nullptr;
    return guarded(model_path, [&]() -> char * {
        auto *cnn = new faceless_dlib_cnn();
        try {
            dlib::deserialize(model_path) >> cnn->net;
        } catch (...) {
            delete cnn;
            throw;
        }
        *out = cnn;
        return nullptr;
    });
}

extern "C" void faceless_dlib_cnn_destroy(faceless_dlib_cnn *cnn) { delete cnn; }

extern "C" char *faceless_dlib_cnn_detect(faceless_dlib_cnn *cnn, faceless_dlib_image image, int32_t upsample,
                                          double threshold, faceless_dlib_detection **detections, size_t *count) {
    if (char *bad = check_detect(cnn, image, upsample, detections, count)) return bad;
    *detections = nullptr;
    *count = 0;
    // The network's activations grow with the pixels: about 1 KB a pixel over the pyramid
    // (measured: 512² 0.27 GB, 1024² 1 GB, 2048² 4 GB, 4096² 16 GB and 80 s). Refuse sizes that
    // would take gigabytes rather than let the machine swap or the allocation fail midway.
    const double pixels = double(image.width) * image.height * double(1 << (2 * upsample));
    if (pixels > max_cnn_pixels)
        return error("CNN detection of a " + std::to_string(image.width) + "x" + std::to_string(image.height) + " image upsampled " +
                     std::to_string(upsample) + " times would be more than " + std::to_string(long(max_cnn_pixels)) + " pixels (about 1 KB of memory each)");
    return guarded("CNN detection", [&]() -> char * {
        auto rgb = copy<dlib::rgb_pixel>(image);
        upsample_image(rgb, upsample);
        // process() forwards the threshold to loss_mmod's to_label (adjust_threshold).
        std::vector<dlib::mmod_rect> found = cnn->net.process(rgb, threshold);
        std::vector<faceless_dlib_detection> result;
        result.reserve(found.size());
        for (const auto &d : found) result.push_back({to_c(downsampled(d.rect, upsample)), d.detection_confidence, -1});
        std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
        return hand_over(std::move(result), detections, count);
    });
}
